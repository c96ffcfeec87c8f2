package uk.police.ecu.casework.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user behind the current request, for services that decide by who is asking. */
@Component
public class CurrentUser {

    public CaseworkUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CaseworkUser user) {
            return user;
        }
        throw new AuthenticationCredentialsNotFoundException("Not signed in");
    }
}
