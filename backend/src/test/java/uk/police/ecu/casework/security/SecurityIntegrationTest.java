package uk.police.ecu.casework.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
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
        void shouldTellTheAppHowLongTheSessionLastsWithoutARequest_soItCanWarnBeforeSigningOut() {
            ApiClient client = ApiClient.signedIn(port, "ecu.officer");

            assertThat(client.get("/api/auth/session").json().get("sessionTimeoutSeconds").asInt())
                    .as("server.servlet.session.timeout: 30m").isEqualTo(1800);
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
        void shouldLeaveNoSessionBehindForAnAnonymousRequestRefusedWith401() {
            ApiClient stranger = new ApiClient(port);

            assertThat(stranger.get("/api/tasks").status()).isEqualTo(401);
            assertThat(stranger.post("/api/tasks/some-task/claim").status()).isIn(401, 403);

            assertThat(stranger.cookie("JSESSIONID")).isNull();
        }

        @Test
        void shouldRefuseACsrfTokenNotIssuedToThisSession_evenWithCookieAndHeaderAlike() {
            ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
            officer.plantCookie("ECU-XSRF-TOKEN", "planted-by-someone-else");

            ApiClient.Response response = officer.post("/api/fraud/disseminations",
                    Map.of("crimeReference", "NFRC77777777", "nfibCode", "NFIB1D", "victimName", "A Person"));

            assertThat(response.status()).isEqualTo(403);
        }

        @Test
        void shouldMarkCookiesSecureAndSendHsts_whenTheProxyInFrontSaysTheRequestCameOverHttps() throws Exception {
            HttpResponse<Void> overHttps = sessionStart("https");
            HttpResponse<Void> overHttp = sessionStart(null);

            assertThat(overHttps.headers().allValues("Set-Cookie")).as("the session and CSRF cookies").hasSize(2)
                    .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
            assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).get().asString().contains("max-age=");
            assertThat(overHttp.headers().allValues("Set-Cookie")).hasSize(2)
                    .noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
            assertThat(overHttp.headers().firstValue("Strict-Transport-Security")).isEmpty();
        }

        /** The page's first call, straight from the proxy in front (this host), as it reached the proxy. */
        private HttpResponse<Void> sessionStart(String forwardedProto) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/session"));
            if (forwardedProto != null) {
                request.header("X-Forwarded-Proto", forwardedProto);
            }
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
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
