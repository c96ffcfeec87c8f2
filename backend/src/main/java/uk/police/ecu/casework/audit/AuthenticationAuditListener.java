package uk.police.ecu.casework.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureProviderNotFoundEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records every login attempt. Runs inside the authentication itself, so a login whose audit row
 * cannot be written does not succeed.
 */
@Component
class AuthenticationAuditListener {

    private final AuditLog auditLog;
    private final TransactionTemplate transaction;

    AuthenticationAuditListener(AuditLog auditLog, TransactionTemplate transaction) {
        this.auditLog = auditLog;
        this.transaction = transaction;
    }

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        transaction.executeWithoutResult(status -> auditLog.recordFor(username, AuditEntry.login()));
    }

    /**
     * Recorded against the username that was tried, which may not exist. "No provider" is not a login
     * attempt but a single sign-on token offered to the password login as a fallback; the sign-on's own
     * failure is recorded where it is handled.
     */
    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureProviderNotFoundEvent) {
            return;
        }
        String username = event.getAuthentication().getName();
        String reason = event.getException().getClass().getSimpleName();
        transaction.executeWithoutResult(status -> auditLog.recordFor(username, AuditEntry.loginFailed(reason)));
    }
}
