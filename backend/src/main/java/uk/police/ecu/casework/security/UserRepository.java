package uk.police.ecu.casework.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CaseworkUser> find(String username) {
        return jdbc.sql("SELECT username, display_name, password_hash, enabled FROM app_user WHERE username = :username")
                .param("username", username)
                .query((rs, n) -> new CaseworkUser(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4), roles(rs.getString(1)), teams(rs.getString(1))))
                .optional();
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = :username").param("username", username)
                .query(Integer.class).single() > 0;
    }

    @Transactional
    public void create(NewUser user) {
        jdbc.sql("INSERT INTO app_user (username, display_name, password_hash) VALUES (:username, :displayName, :passwordHash)")
                .param("username", user.username())
                .param("displayName", user.displayName())
                .param("passwordHash", user.passwordHash())
                .update();
        user.roles().forEach(role -> jdbc.sql("INSERT INTO user_role (username, role) VALUES (:username, :role)")
                .param("username", user.username()).param("role", role.name()).update());
        user.teams().forEach(t -> jdbc.sql(
                        "INSERT INTO team_member (team_id, username, supervisor) VALUES (:teamId, :username, :supervisor)")
                .param("teamId", t.teamId()).param("username", user.username()).param("supervisor", t.supervisor())
                .update());
    }

    /**
     * Creates or refreshes a user who signs in through single sign-on: no password (so never a local
     * login), and the roles and teams the provider's groups give today, replacing earlier ones. Teams
     * that do not exist are skipped. Never touches an account that has a password.
     */
    @Transactional
    public CaseworkUser saveSingleSignOnUser(String username, String displayName, Set<Role> roles,
                                             List<TeamMembership> teams) {
        int saved = jdbc.sql("""
                        INSERT INTO app_user (username, display_name, password_hash) VALUES (:username, :displayName, NULL)
                        ON CONFLICT (username) DO UPDATE SET display_name = EXCLUDED.display_name
                        WHERE app_user.password_hash IS NULL""")
                .param("username", username).param("displayName", displayName).update();
        if (saved == 0) {
            throw new IllegalStateException("User " + username + " has a local password; single sign-on may not change it");
        }
        jdbc.sql("DELETE FROM user_role WHERE username = :username").param("username", username).update();
        roles.forEach(role -> jdbc.sql("INSERT INTO user_role (username, role) VALUES (:username, :role)")
                .param("username", username).param("role", role.name()).update());
        jdbc.sql("DELETE FROM team_member WHERE username = :username").param("username", username).update();
        teams.forEach(t -> jdbc.sql("""
                        INSERT INTO team_member (team_id, username, supervisor)
                        SELECT id, :username, :supervisor FROM team WHERE id = :teamId""")
                .param("username", username).param("supervisor", t.supervisor()).param("teamId", t.teamId())
                .update());
        return find(username).orElseThrow();
    }

    /** Which of these team ids exist. */
    public Set<String> existingTeams(Set<String> teamIds) {
        if (teamIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT id FROM team WHERE id IN (:ids)").param("ids", teamIds)
                .query(String.class).list());
    }

    /** Members of a team, for supervisors choosing whom to assign work to. */
    public List<TeamMember> members(String teamId) {
        return jdbc.sql("""
                        SELECT u.username, u.display_name FROM team_member m
                        JOIN app_user u ON u.username = m.username
                        WHERE m.team_id = :teamId AND u.enabled ORDER BY u.display_name""")
                .param("teamId", teamId)
                .query((rs, n) -> new TeamMember(rs.getString(1), rs.getString(2)))
                .list();
    }

    public Optional<String> displayName(String username) {
        return jdbc.sql("SELECT display_name FROM app_user WHERE username = :username").param("username", username)
                .query(String.class).optional();
    }

    /** A team's name, for showing which team a case is allocated to. */
    public Optional<String> teamName(String teamId) {
        return jdbc.sql("SELECT name FROM team WHERE id = :teamId").param("teamId", teamId)
                .query(String.class).optional();
    }

    private Set<Role> roles(String username) {
        List<Role> roles = jdbc.sql("SELECT role FROM user_role WHERE username = :username").param("username", username)
                .query((rs, n) -> Role.valueOf(rs.getString(1))).list();
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    private List<TeamMembership> teams(String username) {
        return jdbc.sql("""
                        SELECT t.id, t.name, m.supervisor FROM team_member m JOIN team t ON t.id = m.team_id
                        WHERE m.username = :username ORDER BY t.name""")
                .param("username", username)
                .query((rs, n) -> new TeamMembership(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    public record NewUser(String username, String displayName, String passwordHash, Set<Role> roles,
                          List<TeamMembership> teams) {
    }

    public record TeamMember(String username, String displayName) {
    }
}
