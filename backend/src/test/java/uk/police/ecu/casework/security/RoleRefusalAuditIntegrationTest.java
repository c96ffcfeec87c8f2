package uk.police.ecu.casework.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/** A signed-in user refused by a role check leaves an ACCESS_REFUSED row naming the endpoint. */
@IntegrationTest
class RoleRefusalAuditIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldRecordAnOfficerRefusedTheAuditTrail_namingTheEndpoint() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        long before = lastId();

        assertThat(officer.get("/api/audit/events?username=admin").status()).isEqualTo(403);

        assertThat(refusalsSince(before, "ecu.officer")).containsExactly(
                Map.of("endpoint", "GET /api/audit/events", "path", "/api/audit/events"));
    }

    @Test
    void shouldRecordTheEndpointPatternAndThePathAskedFor() {
        ApiClient analyst = ApiClient.signedIn(port, "analyst");
        long before = lastId();

        assertThat(analyst.post("/api/tasks/1234/claim").status()).isEqualTo(403);

        assertThat(refusalsSince(before, "analyst")).containsExactly(
                Map.of("endpoint", "POST /api/tasks/{taskId}/claim", "path", "/api/tasks/1234/claim"));
    }

    @Test
    void shouldRecordARefusalByTheUrlRulesOfTheEngineTools() {
        ApiClient investigator = ApiClient.signedIn(port, "local.investigator");
        long before = lastId();

        assertThat(investigator.get("/engine-rest/process-instance").status()).isEqualTo(403);

        assertThat(refusalsSince(before, "local.investigator")).containsExactly(
                Map.of("endpoint", "GET /engine-rest/process-instance", "path", "/engine-rest/process-instance"));
    }

    @Test
    void shouldNotRecordCallersWhoAreNotSignedIn_orAMissingCsrfToken() {
        long before = lastId();

        assertThat(new ApiClient(port).get("/api/audit/events").status()).isEqualTo(401);
        assertThat(ApiClient.signedIn(port, "ecu.officer2").withoutCsrf()
                .post("/api/fraud/disseminations", Map.of()).status()).isEqualTo(403);

        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE id > ? AND operation = 'ACCESS_REFUSED'")
                .param(before).query(Integer.class).single()).isZero();
    }

    private List<Map<String, Object>> refusalsSince(long before, String username) {
        return jdbc.sql("""
                        SELECT record_ids[1] AS endpoint, details->>'path' AS path FROM audit_event
                        WHERE id > ? AND operation = 'ACCESS_REFUSED' AND username = ? AND record_type = 'endpoint'""")
                .params(before, username).query().listOfRows();
    }

    private long lastId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
    }
}
