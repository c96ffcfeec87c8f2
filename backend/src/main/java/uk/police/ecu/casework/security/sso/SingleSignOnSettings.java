package uk.police.ecu.casework.security.sso;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on through the force's OpenID Connect provider; off unless {@code issuerUri} is set.
 *
 * @param issuerUri the provider's issuer; its discovery document is read at start-up
 * @param clientId this application's client id at the provider
 * @param clientSecret this application's client secret at the provider
 * @param roleMapping provider groups to roles, e.g. {@code ecu-officers=ECU_OFFICER,ecu-sergeants=ECU_SUPERVISOR}
 * @param teamMapping provider groups to teams (task queues), e.g. {@code ecu-officers=ecu-triage,ecu-sergeants=ecu-triage:supervisor}
 * @param groupsClaim the claim of the ID token (or user info) that lists the user's groups
 * @param usernameClaim the claim that gives the username here
 * @param scopes the scopes asked for
 */
@ConfigurationProperties("casework.sso")
public record SingleSignOnSettings(String issuerUri, String clientId, String clientSecret, String roleMapping,
                                   String teamMapping, @DefaultValue("groups") String groupsClaim,
                                   @DefaultValue("preferred_username") String usernameClaim,
                                   @DefaultValue({"openid", "profile", "email"}) List<String> scopes) {

    public boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
