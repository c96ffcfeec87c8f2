package uk.police.ecu.casework.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/** Without CASEWORK_SSO_ISSUER_URI nothing of single sign-on exists, and the login page offers only passwords. */
@IntegrationTest
class SingleSignOnOffIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void shouldRegisterNoSignOnClientOrLogin() {
        assertThat(context.getBeanProvider(ClientRegistrationRepository.class).getIfAvailable()).isNull();
        assertThat(context.getBeanProvider(SingleSignOnLogin.class).getIfAvailable()).isNull();
    }

    @Test
    void shouldOfferOnlyThePasswordLogin_andKeepTheSessionCookieStrict() {
        ApiClient browser = new ApiClient(port);

        JsonNode options = browser.get("/api/auth/sign-in-options").json();
        ApiClient.Response start = browser.get("/oauth2/authorization/casework");
        ApiClient.Response login = browser.login("ecu.officer", ApiClient.DEMO_PASSWORD);

        assertThat(options.get("singleSignOn").asBoolean()).isFalse();
        assertThat(options.has("singleSignOnPath")).isFalse();
        assertThat(start.status()).isNotEqualTo(302);
        assertThat(login.raw().headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("SameSite=Strict"));
    }
}
