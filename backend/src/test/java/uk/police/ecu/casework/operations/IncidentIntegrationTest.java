package uk.police.ecu.casework.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;
import uk.police.ecu.casework.fraud.BrokenOutbox;

@IntegrationTest
@DisplayName("/api/admin/incidents")
class IncidentIntegrationTest {

    private static final String MONTH = "2019-04";
    private static final String BUSINESS_KEY = "outcome-return-" + MONTH;

    @LocalServerPort
    int port;

    @Value("${casework.outcome-return.outbox-dir}")
    String outboxDir;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldShowAnAdministratorTheReturnThatCouldNotBeSent_andSendItOnceWhenTheyRetryAfterTheFix()
            throws IOException {
        Path outbox = Path.of(outboxDir).toAbsolutePath();
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        ApiClient admin = ApiClient.signedIn(port, "admin");
        assertThat(supervisor.post("/api/fraud/outcome-returns", Map.of("month", MONTH)).status()).isEqualTo(202);
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(BUSINESS_KEY)
                .singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
                Map.of("returnApproved", true, "returnApprovedBy", "ecu.supervisor"));
        String job = management.createJobQuery().processInstanceId(instance).singleResult().getId();

        try (BrokenOutbox broken = BrokenOutbox.breakOutbox(outbox)) {
            // R3/PT10M: three attempts in all (the engine counts the first), so 2, 1, then 0 left and an incident.
            for (int expectedRetries : new int[] {2, 1, 0}) {
                assertThatThrownBy(() -> management.executeJob(job));
                assertThat(management.createJobQuery().jobId(job).singleResult().getRetries())
                        .isEqualTo(expectedRetries);
                assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count())
                        .as("the return's process is never lost").isEqualTo(1);
            }

            JsonNode incident = incidentFor(admin);
            assertThat(incident.get("process").asText()).isEqualTo("Monthly outcome return");
            assertThat(incident.get("activity").asText()).isEqualTo("Submit the return");
            assertThat(incident.get("message").asText())
                    .isEqualTo("The return for " + MONTH + " could not be written to the outbox " + outbox
                            + ": a file is in the way where the directory should be");
            assertThat(incident.get("retriesLeft").asInt()).isZero();
            assertThat(incident.get("occurredAt").asText()).isNotBlank();
            assertThat(supervisor.get("/api/admin/incidents").status()).isEqualTo(403);
            assertThat(supervisor.post("/api/admin/incidents/" + incident.get("id").asText() + "/retry").status())
                    .isEqualTo(403);
            assertThat(status()).isEqualTo("BUILT");
        }

        String incidentId = incidentFor(admin).get("id").asText();
        ApiClient.Response retried = admin.post("/api/admin/incidents/" + incidentId + "/retry");
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().get("retriesLeft").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE username = 'admin' AND operation = 'ALTERATION'
                            AND record_type = 'incident' AND ? = ANY (record_ids)""")
                .param(incidentId).query(Integer.class).single()).isEqualTo(1);

        management.executeJob(job);

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(status()).isEqualTo("SUBMITTED");
        assertThat(outboxFilesFor(outbox)).containsExactly("outcome-return-" + MONTH + ".csv");
        assertThat(Files.readString(outbox.resolve("outcome-return-" + MONTH + ".csv")))
                .startsWith("crime_reference,nfib_code");
        assertThat(incidents(admin)).noneMatch(i -> BUSINESS_KEY.equals(i.path("businessKey").asText()));
        assertThat(admin.post("/api/admin/incidents/" + incidentId + "/retry").status()).isEqualTo(404);
    }

    private String status() {
        return jdbc.sql("SELECT status FROM outcome_return WHERE month = ?::date").param(MONTH + "-01")
                .query(String.class).single();
    }

    private static JsonNode incidentFor(ApiClient admin) {
        List<JsonNode> matching = incidents(admin).stream()
                .filter(i -> BUSINESS_KEY.equals(i.path("businessKey").asText())).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static List<JsonNode> incidents(ApiClient admin) {
        ApiClient.Response response = admin.get("/api/admin/incidents");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false).toList();
    }

    private static List<String> outboxFilesFor(Path outbox) throws IOException {
        try (Stream<Path> files = Files.list(outbox)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.contains(MONTH)).toList();
        }
    }
}
