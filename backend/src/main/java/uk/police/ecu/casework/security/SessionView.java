package uk.police.ecu.casework.security;

import java.util.List;

/** What the app needs to know about the signed-in user. */
record SessionView(String username, String displayName, List<RoleView> roles, List<TeamMembership> teams) {

    record RoleView(String id, String label) {
    }

    static SessionView of(CaseworkUser user) {
        return new SessionView(user.username(), user.displayName(),
                user.roles().stream().map(r -> new RoleView(r.name(), r.label())).toList(), user.teams());
    }
}
