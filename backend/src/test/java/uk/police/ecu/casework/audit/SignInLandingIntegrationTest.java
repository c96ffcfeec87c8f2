package uk.police.ecu.casework.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * Signing in and landing must not look like snooping: each demo user signs in and their landing page loads
 * what the front end loads for it (app.tsx's homeOf), and the audit trail holds no refused access for them.
 */
@IntegrationTest
class SignInLandingIntegrationTest {

    private static final List<String> TASK_LIST = List.of("/api/auth/session", "/api/tasks/types",
            "/api/reference/policing-areas", "/api/tasks/queues",
            "/api/tasks?queue=mine&sort=DUE&order=ASC&page=0&size=25");
    private static final List<String> OUTCOME_RETURNS = List.of("/api/auth/session", "/api/fraud/outcome-returns");
    private static final List<String> RETENTION_REVIEW = List.of("/api/auth/session",
            "/api/admin/retention/schedule", "/api/admin/retention/due");
    private static final List<String> AUDIT = List.of("/api/auth/session", "/api/audit/events?page=0&size=25");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    static List<Map.Entry<String, List<String>>> landings() {
        return List.of(
                Map.entry("ecu.officer", TASK_LIST),
                Map.entry("ecu.officer2", TASK_LIST),
                Map.entry("ecu.supervisor", TASK_LIST),
                Map.entry("local.investigator", TASK_LIST),
                Map.entry("victim.care", TASK_LIST),
                Map.entry("victim.care.supervisor", TASK_LIST),
                Map.entry("o2r.officer", TASK_LIST),
                Map.entry("drug.worker", TASK_LIST),
                Map.entry("drug.worker.coventry", TASK_LIST),
                Map.entry("analyst", OUTCOME_RETURNS),
                Map.entry("admin", RETENTION_REVIEW),
                Map.entry("auditor", AUDIT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("landings")
    void shouldLandWithoutARefusalOnTheAuditTrail(Map.Entry<String, List<String>> landing) {
        String username = landing.getKey();
        long before = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM audit_event", Long.class);

        ApiClient user = ApiClient.signedIn(port, username);
        for (String path : landing.getValue()) {
            ApiClient.Response response = user.get(path);
            assertThat(response.status()).as(username + " GET " + path + ": " + response.body()).isEqualTo(200);
        }

        assertThat(jdbc.queryForList("""
                SELECT record_ids[1] FROM audit_event
                WHERE id > ? AND username = ? AND operation = 'ACCESS_REFUSED'""", String.class, before, username))
                .as("refusals recorded for " + username).isEmpty();
    }
}
