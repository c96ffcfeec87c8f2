package uk.police.ecu.casework.security.sso;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.police.ecu.casework.security.Role;

/**
 * Which roles and teams the provider's groups give a user. Groups are matched without regard to case;
 * groups that map to nothing are ignored. Written as {@code group=VALUE} pairs separated by commas; a
 * group may appear more than once to give several roles or teams.
 */
record GroupMapping(Map<String, Set<Role>> roles, Map<String, List<TeamGrant>> teams) {

    static final String ROLE_SETTING = "CASEWORK_SSO_ROLE_MAPPING";
    static final String TEAM_SETTING = "CASEWORK_SSO_TEAM_MAPPING";

    /** A team the user works in; {@code supervisor} when written as {@code team-id:supervisor}. */
    record TeamGrant(String teamId, boolean supervisor) {
    }

    record Mapped(Set<Role> roles, List<TeamGrant> teams) {
    }

    static GroupMapping parse(String roleMapping, String teamMapping) {
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        pairs(roleMapping, ROLE_SETTING).forEach(pair ->
                roles.computeIfAbsent(pair[0], g -> EnumSet.noneOf(Role.class)).add(role(pair[1])));
        if (roles.isEmpty()) {
            throw new IllegalArgumentException(ROLE_SETTING + " (casework.sso.role-mapping) is not set: "
                    + "with single sign-on on, at least one group must give a role");
        }
        Map<String, List<TeamGrant>> teams = new LinkedHashMap<>();
        pairs(teamMapping, TEAM_SETTING).forEach(pair ->
                teams.computeIfAbsent(pair[0], g -> new ArrayList<>()).add(team(pair[1])));
        return new GroupMapping(roles, teams);
    }

    Mapped map(Collection<String> groups) {
        List<String> keys = groups.stream().map(GroupMapping::key).distinct().toList();
        Set<Role> granted = EnumSet.noneOf(Role.class);
        keys.stream().map(roles::get).filter(r -> r != null).forEach(granted::addAll);
        Map<String, Boolean> teamIds = new LinkedHashMap<>();
        keys.stream().map(teams::get).filter(t -> t != null).flatMap(List::stream)
                .forEach(grant -> teamIds.merge(grant.teamId(), grant.supervisor(), Boolean::logicalOr));
        return new Mapped(granted, teamIds.entrySet().stream().map(e -> new TeamGrant(e.getKey(), e.getValue())).toList());
    }

    /** Every team id the mapping names, to check against the teams that exist. */
    Set<String> teamIds() {
        return teams.values().stream().flatMap(List::stream).map(TeamGrant::teamId).collect(Collectors.toSet());
    }

    private static Stream<String[]> pairs(String mapping, String setting) {
        if (mapping == null || mapping.isBlank()) {
            return Stream.empty();
        }
        return Stream.of(mapping.split(",")).map(String::trim).filter(entry -> !entry.isEmpty()).map(entry -> {
            int equals = entry.lastIndexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new IllegalArgumentException(setting + ": '" + entry + "' is not written as group=value");
            }
            return new String[] {key(entry.substring(0, equals)), entry.substring(equals + 1).trim()};
        });
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ROLE_SETTING + ": '" + name + "' is not a role; the roles are "
                    + Stream.of(Role.values()).map(Role::name).collect(Collectors.joining(", ")), e);
        }
    }

    private static TeamGrant team(String value) {
        boolean supervisor = value.toLowerCase(Locale.ROOT).endsWith(":supervisor");
        String teamId = supervisor ? value.substring(0, value.length() - ":supervisor".length()).trim() : value;
        if (teamId.isEmpty() || teamId.contains(":")) {
            throw new IllegalArgumentException(TEAM_SETTING + ": '" + value + "' is not a team id (or team-id:supervisor)");
        }
        return new TeamGrant(teamId, supervisor);
    }

    private static String key(String group) {
        return group.trim().toLowerCase(Locale.ROOT);
    }
}
