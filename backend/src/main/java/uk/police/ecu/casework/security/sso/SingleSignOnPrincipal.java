package uk.police.ecu.casework.security.sso;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.police.ecu.casework.security.CaseworkUser;

/**
 * The provider's user, carrying the {@link CaseworkUser} it maps to until the login completes and the
 * session holds the CaseworkUser itself. Named by the username here, so the login's audit row is too.
 */
final class SingleSignOnPrincipal extends DefaultOidcUser {

    private final transient CaseworkUser user;

    SingleSignOnPrincipal(CaseworkUser user, OidcUser provided) {
        super(user.getAuthorities(), provided.getIdToken(), provided.getUserInfo(), "sub");
        this.user = user;
    }

    CaseworkUser user() {
        return user;
    }

    @Override
    public String getName() {
        return user.username();
    }
}
