package uk.police.ecu.casework.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs the engine's webapps in as the user already signed in to the product, so there is one login.
 * Spring Security has already refused everyone who is not an administrator before this runs. The
 * webapps insist that the user exists in the engine's own identity store, so an administrator is
 * mirrored there on first visit, with an unusable random password (the engine's own login is never the
 * way in), as a member of the read-only operators' group ({@link EngineOperators}).
 */
public class CamundaWebappAuthentication extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return AuthenticationResult.unsuccessful();
        }
        boolean admin = authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Role.ADMINISTRATOR.authority()));
        if (!admin || EngineOperators.SETUP_CLOSED.equals(authentication.getName())) {
            return AuthenticationResult.unsuccessful();
        }
        EngineOperators.admit(engine.getIdentityService(), authentication.getName(),
                UUID.randomUUID() + "-" + UUID.randomUUID());
        AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
        result.setGroups(List.of(EngineOperators.GROUP));
        return result;
    }
}
