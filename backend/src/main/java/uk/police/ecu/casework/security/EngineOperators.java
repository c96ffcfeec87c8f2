package uk.police.ecu.casework.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The engine's own identity for the people who run it: administrators, signed in to Cockpit through the
 * product, are members of one group that may read definitions, instances, incidents and jobs and nothing
 * else. No variable (victims' answers, treatment notes) can be read there; nothing can be claimed,
 * completed, changed or deployed. The grants are rewritten at every start, so they are what this class
 * says, whatever anyone did to the engine's tables before. No one who can sign in is a member of the engine's
 * built-in administrators group, whose members the engine never checks.
 */
@Component
public class EngineOperators {

    static final String GROUP = "casework-operators";
    static final String COCKPIT = "cockpit";
    /**
     * The engine's built-in administrators group must have a member, or the webapps send everyone to their
     * "create the first administrator" page. Its one member is this user, who cannot sign in: the webapps
     * know only the product's own login, which never maps anyone to this name, and its password is random
     * and kept nowhere.
     */
    static final String SETUP_CLOSED = "casework-setup-closed";

    /** One grant per resource: the engine keeps one row per group, resource and id, holding every permission. */
    private record Grant(Resource resource, String resourceId, Permission... permissions) {
    }

    private static final List<Grant> READ_ONLY = List.of(
            new Grant(Resources.APPLICATION, COCKPIT, Permissions.ACCESS),
            new Grant(Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_HISTORY),
            new Grant(Resources.PROCESS_INSTANCE, ANY, Permissions.READ),
            new Grant(Resources.DECISION_DEFINITION, ANY, Permissions.READ),
            new Grant(Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ),
            new Grant(Resources.DEPLOYMENT, ANY, Permissions.READ),
            new Grant(Resources.TASK, ANY, Permissions.READ),
            new Grant(Resources.BATCH, ANY, Permissions.READ));

    void grantReadOnly(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createGroupQuery().groupId(GROUP).count() == 0) {
            Group group = identity.newGroup(GROUP);
            group.setName("ECU Casework operators (read only)");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
        closeSetup(identity);
        AuthorizationService authorizations = engine.getAuthorizationService();
        authorizations.createAuthorizationQuery().list()
                .forEach(existing -> authorizations.deleteAuthorization(existing.getId()));
        for (Grant grant : READ_ONLY) {
            Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(GROUP);
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
            for (Permission permission : grant.permissions()) {
                authorization.addPermission(permission);
            }
            authorizations.saveAuthorization(authorization);
        }
    }

    private static void closeSetup(IdentityService identity) {
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("Engine administrators (none: setup closed)");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
        if (identity.createUserQuery().userId(SETUP_CLOSED).count() == 0) {
            User keeper = identity.newUser(SETUP_CLOSED);
            keeper.setPassword(UUID.randomUUID() + "-" + UUID.randomUUID());
            identity.saveUser(keeper);
        }
        for (User member : identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list()) {
            if (!member.getId().equals(SETUP_CLOSED)) {
                identity.deleteMembership(member.getId(), Groups.CAMUNDA_ADMIN);
            }
        }
        if (identity.createUserQuery().userId(SETUP_CLOSED).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            identity.createMembership(SETUP_CLOSED, Groups.CAMUNDA_ADMIN);
        }
    }

    /** An administrator seen in Cockpit for the first time becomes a member of the operators' group. */
    static synchronized void admit(IdentityService identity, String username, String password) {
        if (identity.createUserQuery().userId(username).count() == 0) {
            User user = identity.newUser(username);
            user.setPassword(password);
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(username).memberOfGroup(GROUP).count() == 0) {
            identity.createMembership(username, GROUP);
        }
    }
}
