package uk.police.ecu.casework.security.sso;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.TeamMembership;
import uk.police.ecu.casework.security.UserRepository;

/**
 * Turns the provider's user into a user here: the username and groups from the configured claims,
 * roles and teams from the group mapping. Someone whose groups give no role is refused; so is a
 * username that belongs to a local (password) account, or to an account an administrator disabled.
 */
class SingleSignOnUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final SingleSignOnSettings settings;
    private final GroupMapping mapping;
    private final UserRepository users;

    SingleSignOnUserService(SingleSignOnSettings settings, GroupMapping mapping, UserRepository users) {
        this.settings = settings;
        this.mapping = mapping;
        this.users = users;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser provided = provider.loadUser(request);
        String username = provided.getClaimAsString(settings.usernameClaim());
        if (username == null || username.isBlank()) {
            throw new SingleSignOnRefusedException(null, "no_username",
                    "The sign-on service did not say who you are (no " + settings.usernameClaim() + ")");
        }
        username = username.trim();
        GroupMapping.Mapped mapped = mapping.map(groups(provided.getClaims().get(settings.groupsClaim())));
        if (mapped.roles().isEmpty()) {
            throw new SingleSignOnRefusedException(username, "no_role",
                    "Your force account has no role in ECU Casework");
        }
        CaseworkUser existing = users.find(username).orElse(null);
        if (existing != null && existing.passwordHash() != null) {
            throw new SingleSignOnRefusedException(username, "local_account",
                    "This username belongs to an account that signs in with a password");
        }
        if (existing != null && !existing.enabled()) {
            throw new SingleSignOnRefusedException(username, "disabled", "This account has been disabled");
        }
        String name = provided.getFullName() == null || provided.getFullName().isBlank()
                ? username : provided.getFullName().trim();
        List<TeamMembership> teams = mapped.teams().stream()
                .map(team -> new TeamMembership(team.teamId(), team.teamId(), team.supervisor())).toList();
        return new SingleSignOnPrincipal(users.saveSingleSignOnUser(username, name, mapped.roles(), teams), provided);
    }

    /** A list of group names, or one name on its own. */
    private static Collection<String> groups(Object claim) {
        if (claim instanceof Collection<?> list) {
            return list.stream().filter(g -> g != null).map(Object::toString).toList();
        }
        return claim == null ? List.of() : Stream.of(claim.toString()).toList();
    }
}
