package uk.police.ecu.casework.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs the engine's webapps (Cockpit, Tasklist, Admin) in as the user already signed in to the
 * product, so there is one login. Spring Security has already refused everyone who is not an
 * administrator before this runs. The webapps insist that the user exists in the engine's own
 * identity store, so an administrator is mirrored there on first visit, with an unusable random
 * password: the engine's own login is never the way in.
 */
public class CamundaWebappAuthentication extends ContainerBasedAuthenticationProvider {

    static final String CAMUNDA_ADMIN_GROUP = Groups.CAMUNDA_ADMIN;

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return AuthenticationResult.unsuccessful();
        }
        boolean admin = authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Role.ADMINISTRATOR.authority()));
        if (!admin) {
            return AuthenticationResult.unsuccessful();
        }
        mirrorIntoEngineIdentity(engine, authentication.getName());
        AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
        result.setGroups(List.of(CAMUNDA_ADMIN_GROUP));
        return result;
    }

    /**
     * Membership of the engine's admin group also stops the webapps offering their "create the
     * first administrator" setup page.
     */
    private static synchronized void mirrorIntoEngineIdentity(ProcessEngine engine, String username) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createGroupQuery().groupId(CAMUNDA_ADMIN_GROUP).count() == 0) {
            Group group = identity.newGroup(CAMUNDA_ADMIN_GROUP);
            group.setName("Administrators (mirrored from ECU Casework)");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
        if (identity.createUserQuery().userId(username).count() == 0) {
            User user = identity.newUser(username);
            user.setPassword(UUID.randomUUID() + "-" + UUID.randomUUID());
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(username).memberOfGroup(CAMUNDA_ADMIN_GROUP).count() == 0) {
            identity.createMembership(username, CAMUNDA_ADMIN_GROUP);
        }
    }
}
