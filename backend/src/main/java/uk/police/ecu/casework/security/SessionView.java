package uk.police.ecu.casework.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;

/**
 * What the app needs to know about the signed-in user, and how long the session lasts without a request
 * ({@code sessionTimeoutSeconds}), so it can warn before signing them out.
 */
record SessionView(String username, String displayName, List<RoleView> roles, List<TeamMembership> teams,
                   int sessionTimeoutSeconds) {

    record RoleView(String id, String label) {
    }

    static SessionView of(CaseworkUser user, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return new SessionView(user.username(), user.displayName(),
                user.roles().stream().map(r -> new RoleView(r.name(), r.label())).toList(), user.teams(),
                session == null ? 0 : session.getMaxInactiveInterval());
    }
}
