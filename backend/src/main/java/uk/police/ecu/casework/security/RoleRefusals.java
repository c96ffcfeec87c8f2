package uk.police.ecu.casework.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.system.AccessRefusals;
import uk.police.ecu.casework.system.DatabaseOutage;

/**
 * Puts a signed-in user's request that a role check refused (403) on the audit trail, naming the
 * endpoint as the access matrix does ({@code GET /api/audit/events}) and the path asked for. Callers who
 * are not signed in are answered 401 and are not recorded here.
 */
@Component
public class RoleRefusals implements AccessRefusals {

    static final String RECORD_TYPE = "endpoint";

    private static final Logger log = LoggerFactory.getLogger(RoleRefusals.class);

    private final AuditLog audit;

    RoleRefusals(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public boolean record(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String endpoint = request.getMethod() + " " + (pattern == null ? path : pattern);
        try {
            audit.recordRefusal(AuditEntry.accessRefused(RECORD_TYPE, List.of(endpoint),
                    Map.of("path", path, "check", "role")));
            return true;
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.causedBy(failure)) {
                throw failure;
            }
            log.warn("Database unavailable; refusal of {} not audited: {}", endpoint, failure.toString());
            return false;
        }
    }
}
