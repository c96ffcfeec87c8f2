package uk.police.ecu.casework.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

@IntegrationTest
class SecurityIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Nested
    @DisplayName("POST /api/auth/login")
    class Login {

        @Test
        void shouldRefuseAWrongPasswordWithA401ThatRevealsNothingElse() {
            ApiClient client = new ApiClient(port);
            ApiClient.Response wrongPassword = client.login("ecu.officer", "not-the-password");
            ApiClient.Response unknownUser = client.login("nobody.here", "not-the-password");

            assertThat(wrongPassword.status()).isEqualTo(401);
            assertThat(wrongPassword.json().get("message").asText()).isEqualTo("The username or password is not right");
            assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
        }

        @Test
        void shouldReturnTheUsersNameRolesAndTeams() {
            ApiClient.Response response = new ApiClient(port).login("ecu.supervisor", ApiClient.DEMO_PASSWORD);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("displayName").asText()).isEqualTo("DS Claire Morgan");
            assertThat(response.json().at("/roles/0/label").asText()).isEqualTo("ECU supervisor");
            assertThat(response.json().findValuesAsText("teamId")).contains("ecu-triage", "ecu-supervisors");
        }

        @Test
        void shouldGiveANewSessionIdAtLogin() {
            ApiClient client = new ApiClient(port);
            client.get("/api/auth/session");
            client.post("/api/auth/login", Map.of("username", "x", "password", "y"));
            String before = client.cookie("JSESSIONID");

            client.login("ecu.officer", ApiClient.DEMO_PASSWORD);

            assertThat(client.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
        }

        @Test
        void shouldLockAUsernameAfterFiveFailures_evenOneThatDoesNotExist() {
            for (String username : new String[] {"local.investigator", "no.such.person"}) {
                ApiClient client = new ApiClient(port);
                for (int attempt = 1; attempt <= 5; attempt++) {
                    assertThat(client.login(username, "wrong-" + attempt).status()).isEqualTo(401);
                }

                ApiClient.Response locked = client.login(username, ApiClient.DEMO_PASSWORD);

                assertThat(locked.status()).as(username).isEqualTo(401);
                assertThat(locked.json().get("message").asText())
                        .startsWith("Too many failed attempts to sign in as this user. Try again after");
            }
            jdbc.sql("DELETE FROM login_throttle WHERE username = 'local.investigator'").update();
            assertThat(new ApiClient(port).login("local.investigator", ApiClient.DEMO_PASSWORD).status())
                    .isEqualTo(200);
        }

        @Test
        void shouldRequireTheCsrfToken() {
            ApiClient client = new ApiClient(port).withoutCsrf();
            client.get("/api/auth/session");
            ApiClient.Response response = client.post("/api/auth/login",
                    Map.of("username", "ecu.officer", "password", ApiClient.DEMO_PASSWORD));

            assertThat(response.status()).isEqualTo(403);
        }
    }

    @Nested
    @DisplayName("POST /api/auth/logout")
    class Logout {

        @Test
        void shouldEndTheSession() {
            ApiClient client = ApiClient.signedIn(port, "ecu.officer");
            assertThat(client.get("/api/tasks").status()).isEqualTo(200);

            assertThat(client.post("/api/auth/logout").status()).isEqualTo(204);

            assertThat(client.get("/api/tasks").status()).isEqualTo(401);
        }
    }

    @Nested
    @DisplayName("/api/**")
    class Api {

        @Test
        void shouldAnswerAnonymousRequestsWith401Json() {
            ApiClient.Response response = new ApiClient(port).get("/api/tasks");

            assertThat(response.status()).isEqualTo(401);
            assertThat(response.header("Content-Type")).startsWith("application/json");
            assertThat(response.json().get("message").asText()).isEqualTo("Sign in to continue");
        }

        @Test
        void shouldAnswerTheWrongRoleWith403Json() {
            ApiClient analyst = ApiClient.signedIn(port, "analyst");
            ApiClient.Response response = analyst.post("/api/fraud/disseminations",
                    Map.of("crimeReference", "NFRC99999999", "nfibCode", "NFIB1D", "victimName", "A Person"));

            assertThat(response.status()).isEqualTo(403);
            assertThat(response.json().get("status").asInt()).isEqualTo(403);
        }

        @Test
        void shouldRefuseAStateChangeWithoutTheCsrfToken() {
            ApiClient officer = ApiClient.signedIn(port, "ecu.officer").withoutCsrf();
            ApiClient.Response response = officer.post("/api/fraud/disseminations",
                    Map.of("crimeReference", "NFRC88888888", "nfibCode", "NFIB1D", "victimName", "A Person"));

            assertThat(response.status()).isEqualTo(403);
        }

        @Test
        void shouldNotExposeActuatorEndpointsBeyondHealthAndInfo() {
            ApiClient admin = ApiClient.signedIn(port, "admin");
            assertThat(admin.get("/actuator/env").status()).isIn(403, 404);
            assertThat(admin.get("/actuator/beans").status()).isIn(403, 404);
            assertThat(new ApiClient(port).get("/actuator/info").status()).isEqualTo(200);
        }

        @Test
        void shouldNeverLeakAStackTraceOrSql() {
            ApiClient.Response response = ApiClient.signedIn(port, "ecu.officer")
                    .send("POST", "/api/fraud/disseminations", "{not json");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body()).doesNotContain("Exception", "at org.", "SELECT", "jackson");
        }

        @Test
        void shouldSendSecurityHeaders() {
            ApiClient.Response response = new ApiClient(port).get("/api/auth/session");

            assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        }

        @Test
        void shouldDescribeTheApiWithOpenApiForSignedInUsersOnly() {
            assertThat(new ApiClient(port).get("/v3/api-docs").status()).isEqualTo(401);
            ApiClient.Response docs = ApiClient.signedIn(port, "ecu.officer").get("/v3/api-docs");
            assertThat(docs.status()).isEqualTo(200);
            assertThat(docs.json().get("paths").has("/api/tasks")).isTrue();
        }
    }

    @Nested
    @DisplayName("Camunda webapps and /engine-rest")
    class EngineTools {

        @Test
        void shouldRefuseAnonymousUsers() {
            ApiClient anonymous = new ApiClient(port);
            assertThat(anonymous.get("/engine-rest/engine").status()).isEqualTo(401);
            assertThat(anonymous.get("/camunda/app/cockpit/default/").status()).isEqualTo(401);
        }

        @Test
        void shouldRefuseEveryoneButAdministrators() {
            for (String user : new String[] {"ecu.officer", "ecu.supervisor", "drug.worker", "analyst"}) {
                ApiClient client = ApiClient.signedIn(port, user);
                assertThat(client.get("/engine-rest/engine").status()).as(user).isEqualTo(403);
                assertThat(client.get("/camunda/app/cockpit/default/").status()).as(user).isEqualTo(403);
            }
        }

        @Test
        void shouldLetAnAdministratorIntoCockpitAndTheEngineApi() {
            ApiClient admin = ApiClient.signedIn(port, "admin");

            assertThat(admin.get("/engine-rest/engine").status()).isEqualTo(200);
            ApiClient.Response statistics =
                    admin.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics");
            assertThat(statistics.status()).as(statistics.body()).isEqualTo(200);
            ApiClient.Response webappUser = admin.get("/camunda/api/admin/auth/user/default");
            assertThat(webappUser.status()).isEqualTo(200);
            assertThat(webappUser.json().get("userId").asText()).isEqualTo("admin");
            assertThat(webappUser.json().get("authorizedApps").toString()).contains("cockpit");
        }
    }

    @Nested
    @DisplayName("GET /actuator/health")
    class Health {

        @Test
        void shouldReportDatabaseAndEngineStatus() {
            ApiClient.Response health = new ApiClient(port).get("/actuator/health");

            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().get("status").asText()).isEqualTo("UP");
            assertThat(health.json().at("/components/db/status").asText()).isEqualTo("UP");
            assertThat(health.json().at("/components/processEngine/status").asText()).isEqualTo("UP");
        }
    }
}
