package uk.police.ecu.casework.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs work outside a web request (demo data, background imports) as a named user, so the same
 * access checks and audit attribution apply as if that user had clicked the button.
 */
@Component
public class RunAs {

    private final UserRepository users;

    RunAs(UserRepository users) {
        this.users = users;
    }

    public <T> T user(String username, Supplier<T> work) {
        CaseworkUser user = users.find(username)
                .orElseThrow(() -> new IllegalStateException("No user " + username + " to run as"));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void user(String username, Runnable work) {
        user(username, () -> {
            work.run();
            return null;
        });
    }
}
