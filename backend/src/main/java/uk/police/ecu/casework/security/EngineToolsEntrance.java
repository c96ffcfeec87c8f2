package uk.police.ecu.casework.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's webapps open on Cockpit, the one an administrator may use. Left alone, {@code /camunda} opens
 * the webapps' welcome page, which sends everyone on to Tasklist, where nobody is let in.
 */
final class EngineToolsEntrance extends OncePerRequestFilter {

    static final String COCKPIT = "/camunda/app/cockpit/default/";

    private static final Set<String> ENTRANCES = Set.of("/camunda", "/camunda/", "/camunda/app", "/camunda/app/",
            "/camunda/app/welcome", "/camunda/app/welcome/", "/camunda/app/welcome/default/");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ENTRANCES.contains(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.sendRedirect(request.getContextPath() + COCKPIT);
    }
}
