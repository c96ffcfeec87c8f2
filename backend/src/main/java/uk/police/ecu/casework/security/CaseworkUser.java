package uk.police.ecu.casework.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user: who they are, what roles they hold and which teams they work in. */
public record CaseworkUser(String username, String displayName, String passwordHash, boolean enabled,
                           Set<Role> roles, List<TeamMembership> teams) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Candidate groups whose queues this user works. */
    public List<String> teamIds() {
        return teams.stream().map(TeamMembership::teamId).toList();
    }

    /** Teams this user supervises. */
    public List<String> supervisedTeamIds() {
        return teams.stream().filter(TeamMembership::supervisor).map(TeamMembership::teamId).toList();
    }
}
