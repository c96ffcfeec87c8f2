package uk.police.ecu.casework.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a monitoring system read {@code /actuator/prometheus} with a bearer token ({@code casework.metrics.scraper-token})
 * rather than an administrator's session: a scraper holding the token can read the figures and nothing else, and
 * no session is made for it. Without a configured token, bearer tokens are ignored.
 */
final class MetricsScraperToken extends OncePerRequestFilter {

    static final String AUTHORITY = "METRICS_SCRAPER";
    static final String PATH = "/actuator/prometheus";
    private static final int SHORTEST = 32;
    private static final String BEARER = "Bearer ";

    private final byte[] expectedDigest;

    MetricsScraperToken(String token) {
        if (token != null && !token.isBlank() && token.length() < SHORTEST) {
            throw new IllegalStateException("casework.metrics.scraper-token (CASEWORK_METRICS_SCRAPER_TOKEN) must be at "
                    + "least " + SHORTEST + " characters: a short token can be guessed");
        }
        this.expectedDigest = token == null || token.isBlank() ? null : digest(token);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return expectedDigest == null
                || !PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        // Digests of equal length, compared in constant time, so the comparison's timing says nothing of the token.
        if (header == null || !header.startsWith(BEARER)
                || !MessageDigest.isEqual(expectedDigest, digest(header.substring(BEARER.length())))) {
            chain.doFilter(request, response);
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext scraper = SecurityContextHolder.createEmptyContext();
        scraper.setAuthentication(new PreAuthenticatedAuthenticationToken("metrics-scraper", null,
                List.of(new SimpleGrantedAuthority(AUTHORITY))));
        SecurityContextHolder.setContext(scraper);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
