package uk.police.ecu.casework.security.sso;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** The provider vouched for the user, but this application will not let them in (no role, say). */
class SingleSignOnRefusedException extends OAuth2AuthenticationException {

    private final String username;

    SingleSignOnRefusedException(String username, String code, String description) {
        super(new OAuth2Error(code, description, null), description);
        this.username = username;
    }

    /** The username the provider gave, or null when it gave none. */
    String username() {
        return username;
    }
}
