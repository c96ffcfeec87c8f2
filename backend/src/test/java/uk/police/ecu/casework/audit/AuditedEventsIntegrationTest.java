package uk.police.ecu.casework.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;
import uk.police.ecu.casework.tasks.TaskJourneyIntegrationTest;

/** The events that exist today leave audit rows: logins, failed logins and task lists that show cases. */
@IntegrationTest
class AuditedEventsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldRecordASuccessfulLoginWithTheClientAddress() {
        long before = lastId();

        ApiClient.signedIn(port, "ecu.officer2");

        List<Map<String, Object>> logins = jdbc.queryForList(
                "SELECT client_address FROM audit_event WHERE id > ? AND operation = 'LOGIN' AND username = ?",
                before, "ecu.officer2");
        assertThat(logins).hasSize(1);
        assertThat((String) logins.get(0).get("client_address")).isNotBlank();
    }

    @Test
    void shouldRecordAFailedLoginAgainstTheUsernameTried() {
        long before = lastId();

        assertThat(new ApiClient(port).login("no.such.user", "wrong").status()).isEqualTo(401);

        assertThat(jdbc.queryForList("""
                SELECT details->>'reason' FROM audit_event
                WHERE id > ? AND operation = 'LOGIN_FAILED' AND username = 'no.such.user'""", String.class, before))
                .containsExactly("BadCredentialsException");
    }

    @Test
    void shouldRecordATaskListThatShowsCaseReferencesAsAConsultation() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String reference = "NFRC" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(officer.post("/api/fraud/disseminations",
                TaskJourneyIntegrationTest.dissemination(reference, "Mary Somerville")).status()).isEqualTo(201);
        long before = lastId();

        assertThat(officer.get("/api/tasks?queue=ecu-triage&q=" + reference).status()).isEqualTo(200);

        Map<String, Object> consultation = jdbc.queryForMap("""
                SELECT username, record_type, details->>'queue' AS queue FROM audit_event
                WHERE id > ? AND operation = 'CONSULTATION'
                  AND record_ids @> ARRAY[CAST(? AS text)]""", before, reference);
        assertThat(consultation).containsEntry("username", "ecu.officer").containsEntry("record_type", "task-list")
                .containsEntry("queue", "ecu-triage");
    }

    private long lastId() {
        return jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM audit_event", Long.class);
    }
}
