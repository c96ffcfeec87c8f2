package uk.police.ecu.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * NFIB re-sends, with changes, a crime whose case is filed: the amended file is imported as NFIB sends it, and
 * the amendment goes before a supervisor (not the triage team), who sees what changed and keeps the case
 * filed or reopens it at triage.
 */
@IntegrationTest
@DisplayName("POST /api/intake/disseminations, a filed crime amended by NFIB")
class AmendmentsOnClosedCasesIntegrationTest {

    private static final String HEADER =
            "crime_reference,reported_date,nfib_code,victim_type,victim_name,victim_date_of_birth,loss_gbp,ndm_score,suspect_details\n";

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    private final String id = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final String reference = "NFRC-AC-" + id;
    /** A victim of this crime only, so no other test's crimes make them a repeat victim. */
    private final String victim = "Grace Hopper-" + id;

    @Test
    void shouldPutTheAmendmentBeforeASupervisor_showingWhatChanged_whoReopensTheCaseAtTriage() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        filedCase(officer, supervisor);

        imported(officer, "amended.csv", row(victim, "4200", "Caller said he was from the bank"));

        assertThat(taskId(officer, "ecu-triage", "Task_ReviewAmendment"))
                .as("no longer only acknowledged by the triage team").isEmpty();
        String review = taskId(supervisor, "ecu-supervisors", "Task_ReviewFiledCaseEvent").orElseThrow();
        JsonNode page = supervisor.get("/api/fraud/cases/" + reference).json();
        assertThat(page.at("/crime/status").asText()).isEqualTo("FINALISED");
        JsonNode amendment = only(page.get("amendments"));
        assertThat(entries(amendment.get("changes")))
                .extracting(c -> c.get("field").asText(), c -> c.path("was").asText(null), c -> c.get("now").asText())
                .containsExactly(tuple("lossGbp", "£300", "£4,200"),
                        tuple("suspectDetails", null, "Caller said he was from the bank"));
        assertThat(amendment.hasNonNull("acknowledgedAt")).isFalse();

        assertThat(supervisor.post("/api/tasks/" + review + "/claim").status()).isEqualTo(204);
        assertThat(supervisor.post("/api/tasks/" + review + "/complete", Map.of("decision", "REOPEN",
                "reason", "A suspect is named now and the loss is far higher")).status()).isEqualTo(204);

        JsonNode view = officer.get("/api/fraud/cases/" + reference).json();
        assertThat(view.at("/crime/status").asText()).isEqualTo("RETURNED_TO_TRIAGE");
        assertThat(view.at("/crime/finalisedAt").textValue()).as("no longer finalised").isNull();
        assertThat(view.at("/crime/lossGbp").decimalValue()).isEqualByComparingTo("4200");
        assertThat(taskId(officer, "ecu-triage", "Task_Triage")).isPresent();
        JsonNode reviewed = only(view.get("amendments"));
        assertThat(reviewed.get("acknowledgedBy").asText()).as("the supervisor's review acknowledges it")
                .isEqualTo("ecu.supervisor");
        assertThat(whats(view.get("history"))).contains("Amended by NFIB",
                "Reopened for triage (Amended dissemination)");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE operation = 'ALTERATION' AND record_type = 'crime'
                        AND ? = ANY (record_ids) AND details ->> 'change' = 'reopened for triage'
                        AND details ->> 'amendmentId' IS NOT NULL""")
                .param(reference).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void shouldKeepTheCaseFiledWithTheSupervisorsReason_onItsTimeline() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        filedCase(officer, supervisor);

        imported(officer, "amended.csv", row(victim + " M", "300", ""));

        String review = taskId(supervisor, "ecu-supervisors", "Task_ReviewFiledCaseEvent").orElseThrow();
        supervisor.post("/api/tasks/" + review + "/claim");
        assertThat(supervisor.post("/api/tasks/" + review + "/complete", Map.of("decision", "KEEP_FILED")).status())
                .as("a reason is needed").isEqualTo(400);
        assertThat(supervisor.post("/api/tasks/" + review + "/complete", Map.of("decision", "KEEP_FILED",
                "reason", "Only the victim's middle initial was added")).status()).isEqualTo(204);

        JsonNode view = officer.get("/api/fraud/cases/" + reference).json();
        assertThat(view.at("/crime/status").asText()).isEqualTo("FINALISED");
        assertThat(view.at("/crime/victimName").asText()).isEqualTo(victim + " M");
        assertThat(types(view.get("currentTasks"))).doesNotContain("Task_Triage", "Task_ReviewFiledCaseEvent");
        JsonNode kept = entries(view.get("history")).stream()
                .filter(e -> e.get("what").asText().equals("Kept filed after review (Amended dissemination)"))
                .findFirst().orElseThrow();
        assertThat(kept.get("detail").asText()).isEqualTo("Only the victim's middle initial was added");
        assertThat(kept.get("who").asText()).isEqualTo("DS Claire Morgan");
    }

    @Test
    void shouldNotLetWhoeverFiledTheCaseReviewTheAmendment() {
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        filedCase(supervisor, ApiClient.signedIn(port, "ecu.officer"));
        imported(supervisor, "amended.csv", row(victim, "900", ""));
        String review = taskId(supervisor, "ecu-supervisors", "Task_ReviewFiledCaseEvent").orElseThrow();
        supervisor.post("/api/tasks/" + review + "/claim");

        ApiClient.Response own = supervisor.post("/api/tasks/" + review + "/complete",
                Map.of("decision", "REOPEN", "reason", "Loss went up"));

        assertThat(own.status()).isEqualTo(403);
        assertThat(supervisor.get("/api/fraud/cases/" + reference).json().at("/crime/status").asText())
                .isEqualTo("FINALISED");
    }

    /**
     * The crime, imported from an NFIB file with every fact filing approval reads, filed at triage by
     * {@code filer} (approved by {@code approver} if asked).
     */
    private void filedCase(ApiClient filer, ApiClient approver) {
        imported(filer, "week.csv", row(victim, "300", ""));
        String triage = taskId(filer, "ecu-triage", "Task_Triage").orElseThrow();
        assertThat(filer.post("/api/tasks/" + triage + "/claim").status()).isEqualTo(204);
        assertThat(filer.post("/api/tasks/" + triage + "/complete", Map.of("linesOfEnquiry", List.of(),
                "priority", "LOW", "decision", "FILE", "filingRationale", "No suspect or account identified",
                "filingOutcomeCode", "18")).status()).isEqualTo(204);
        taskId(approver, "ecu-supervisors", "Task_ApproveFiling").ifPresent(approval -> {
            approver.post("/api/tasks/" + approval + "/claim");
            assertThat(approver.post("/api/tasks/" + approval + "/complete", Map.of("approved", true)).status())
                    .isEqualTo(204);
        });
        assertThat(filer.get("/api/fraud/cases/" + reference).json().at("/crime/status").asText())
                .isEqualTo("FINALISED");
    }

    private void imported(ApiClient client, String name, String row) {
        JsonNode job = client.finishedImport(client.upload("/api/intake/disseminations", name,
                (HEADER + row).getBytes(StandardCharsets.UTF_8)));
        assertThat(job.get("status").asText()).isEqualTo("COMPLETED");
    }

    private String row(String victim, String loss, String suspect) {
        String reported = LocalDate.now(clock).minusDays(20).toString();
        return "%s,%s,NFIB3A,INDIVIDUAL,%s,1980-05-01,%s,2,\"%s\"\n".formatted(reference, reported, victim, loss, suspect);
    }

    private Optional<String> taskId(ApiClient client, String queue, String taskType) {
        JsonNode tasks = client.get("/api/tasks?queue=" + queue + "&q=" + reference).json().path("tasks");
        return StreamSupport.stream(tasks.spliterator(), false)
                .filter(t -> reference.equals(t.path("caseReference").asText()))
                .filter(t -> taskType.equals(t.path("taskType").asText()))
                .map(t -> t.get("id").asText()).findFirst();
    }

    private static JsonNode only(JsonNode array) {
        assertThat(array).hasSize(1);
        return array.get(0);
    }

    private static List<JsonNode> entries(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> types(JsonNode tasks) {
        return entries(tasks).stream().map(t -> t.get("taskType").asText()).toList();
    }

    private static List<String> whats(JsonNode history) {
        return entries(history).stream().map(e -> e.get("what").asText()).toList();
    }
}
