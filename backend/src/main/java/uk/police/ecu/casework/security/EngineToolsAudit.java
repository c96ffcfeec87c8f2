package uk.police.ecu.casework.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;

/**
 * Every read an administrator makes through the engine's own tools is on the audit trail, as a
 * consultation naming what was asked for: Cockpit shows case references, who holds which task and where
 * each case stands, outside the product's own audited pages. The webapps' own files and session checks
 * are not reads of casework.
 */
class EngineToolsAudit extends OncePerRequestFilter {

    static final String RECORD_TYPE = "engine";
    static final String PURPOSE = "Engine operations (Cockpit)";

    private final AuditLog audit;

    EngineToolsAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !path.startsWith("/camunda/api/") || path.startsWith("/camunda/api/admin/auth/")
                || path.contains("/static/") || path.endsWith(".js") || path.endsWith(".css");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        audit.recordApart(AuditEntry.consultation(RECORD_TYPE, List.of(request.getMethod() + " " + path(request)),
                PURPOSE, query == null ? Map.of() : Map.of("query", query)));
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
