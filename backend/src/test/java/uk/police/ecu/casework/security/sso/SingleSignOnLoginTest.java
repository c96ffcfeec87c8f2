package uk.police.ecu.casework.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.CaseworkApplication;
import uk.police.ecu.casework.security.sso.OpenIdProviderStub.ProviderUser;

/**
 * The whole application with single sign-on pointed at a provider running in the test: the browser's
 * round trip (app → provider → app) signs a user in with the roles and teams their groups map to.
 */
@Tag("separate-jvm")
class SingleSignOnLoginTest {

    private static OpenIdProviderStub provider;
    private static ConfigurableApplicationContext app;
    private static int port;

    @BeforeAll
    static void start() {
        provider = OpenIdProviderStub.start("ecu-casework", "test-client-secret");
        app = new SpringApplicationBuilder(CaseworkApplication.class).profiles("test").run(
                "--server.port=0",
                "--casework.sso.issuer-uri=" + provider.issuer(),
                "--casework.sso.client-id=ecu-casework",
                "--casework.sso.client-secret=test-client-secret",
                "--casework.sso.role-mapping=ecu-officers=ECU_OFFICER,audit-team=AUDITOR",
                "--casework.sso.team-mapping=ecu-officers=ecu-triage,ecu-officers=ecu-investigations");
        port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void shouldSignInThroughTheProvider_withTheRolesAndTeamsOfMappedGroups_inANewSession() {
        provider.signInNextAs(new ProviderUser("jo.sso", "DC Jo Provider", List.of("ecu-officers", "all-staff")));
        ApiClient browser = new ApiClient(port);
        long before = lastAuditId();

        ApiClient.Response start = browser.get(SingleSignOnLogin.START_PATH);
        String sessionBefore = browser.cookie("JSESSIONID");
        ApiClient.Response back = returnFromProvider(browser, start);

        assertThat(back.status()).isEqualTo(302);
        assertThat(back.header("Location")).isEqualTo("http://localhost:" + port + "/");
        assertThat(browser.cookie("JSESSIONID")).isNotNull().isNotEqualTo(sessionBefore);
        JsonNode session = browser.get("/api/auth/session").json();
        assertThat(session.get("username").asText()).isEqualTo("jo.sso");
        assertThat(session.get("displayName").asText()).isEqualTo("DC Jo Provider");
        assertThat(session.get("roles").findValuesAsText("id")).containsExactly("ECU_OFFICER");
        assertThat(session.get("teams").findValuesAsText("teamId"))
                .containsExactlyInAnyOrder("ecu-triage", "ecu-investigations");
        assertThat(browser.get("/api/tasks?queue=ecu-triage").status()).isEqualTo(200);
        assertThat(browser.get("/api/teams/ecu-investigations/members").json().findValuesAsText("displayName"))
                .contains("DC Jo Provider");
        assertThat(jdbc().sql("SELECT operation FROM audit_event WHERE id > ? AND username = 'jo.sso' AND operation LIKE 'LOGIN%'")
                .param(before).query(String.class).list()).containsExactly("LOGIN");
    }

    @Test
    void shouldRefuseSomeoneWhoseGroupsGiveNoRole_andRecordTheFailedLogin() {
        provider.signInNextAs(new ProviderUser("sam.nogroup", "Sam Nogroup", List.of("all-staff")));
        ApiClient browser = new ApiClient(port);
        long before = lastAuditId();

        ApiClient.Response back = returnFromProvider(browser, browser.get(SingleSignOnLogin.START_PATH));

        assertThat(back.status()).isEqualTo(302);
        assertThat(back.header("Location")).isEqualTo("http://localhost:" + port + "/login?sso=refused");
        assertThat(browser.get("/api/auth/session").status()).isEqualTo(204);
        assertThat(jdbc().sql("""
                        SELECT username || ': ' || (details->>'reason') FROM audit_event
                        WHERE id > ? AND operation IN ('LOGIN', 'LOGIN_FAILED')""")
                .param(before).query(String.class).list()).containsExactly("sam.nogroup: single sign-on: no_role");
        assertThat(jdbc().sql("SELECT count(*) FROM app_user WHERE username = 'sam.nogroup'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void shouldNotLetTheProviderSignInAsALocalAccount() {
        provider.signInNextAs(new ProviderUser("ecu.supervisor", "Someone Else", List.of("audit-team")));
        ApiClient browser = new ApiClient(port);

        ApiClient.Response back = returnFromProvider(browser, browser.get(SingleSignOnLogin.START_PATH));

        assertThat(back.header("Location")).endsWith("/login?sso=refused");
        assertThat(browser.get("/api/auth/session").status()).isEqualTo(204);
        ApiClient.Response local = new ApiClient(port).login("ecu.supervisor", ApiClient.DEMO_PASSWORD);
        assertThat(local.status()).isEqualTo(200);
        assertThat(local.json().get("displayName").asText()).isEqualTo("DS Claire Morgan");
        assertThat(local.json().get("roles").findValuesAsText("id")).containsExactly("ECU_SUPERVISOR");
    }

    @Test
    void shouldKeepThePasswordLoginForDemoUsers_butNotForAccountsMadeBySignOn() {
        provider.signInNextAs(new ProviderUser("chris.sso", "Chris Sso", List.of("audit-team")));
        returnFromProvider(new ApiClient(port), new ApiClient(port).get(SingleSignOnLogin.START_PATH));

        assertThat(new ApiClient(port).login("ecu.officer", ApiClient.DEMO_PASSWORD).status()).isEqualTo(200);
        assertThat(new ApiClient(port).login("chris.sso", "anything").status()).isEqualTo(401);
    }

    @Test
    void shouldOfferSingleSignOnToTheLoginPage_andLetTheProvidersRedirectCarryTheSessionCookie() {
        ApiClient browser = new ApiClient(port);
        JsonNode options = browser.get("/api/auth/sign-in-options").json();
        ApiClient.Response start = browser.get(SingleSignOnLogin.START_PATH);

        assertThat(options.get("singleSignOn").asBoolean()).isTrue();
        assertThat(options.get("singleSignOnPath").asText()).isEqualTo("/oauth2/authorization/casework");
        assertThat(start.status()).isEqualTo(302);
        assertThat(start.header("Location")).startsWith(provider.issuer() + "/protocol/auth?");
        assertThat(start.raw().headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("SameSite=Lax").contains("HttpOnly"));
    }

    /** The provider's authorisation endpoint, then the redirect back to the application. */
    private static ApiClient.Response returnFromProvider(ApiClient browser, ApiClient.Response start) {
        assertThat(start.status()).as("redirect to the provider").isEqualTo(302);
        ApiClient.Response atProvider = browser.follow(start.header("Location"));
        assertThat(atProvider.status()).as("provider's redirect back").isEqualTo(302);
        return browser.follow(atProvider.header("Location"));
    }

    private static JdbcClient jdbc() {
        return app.getBean(JdbcClient.class);
    }

    private static long lastAuditId() {
        return jdbc().sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
    }
}
