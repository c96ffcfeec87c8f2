package uk.police.ecu.casework.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/** Half-filled answers are kept per task and user, and go when the task is completed or given back. */
@IntegrationTest
class TaskDraftIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldGiveTheOfficerBackTheirHalfFilledTriage_fromAnyBrowser_andForgetItOnCompletion() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String taskId = claimedTriage(officer);
        Map<String, Object> halfFilled = Map.of("linesOfEnquiry", "Check the bank account\nCall the victim",
                "priority", "HIGH", "decision", "");

        assertThat(officer.get("/api/tasks/" + taskId + "/draft").status()).as("no draft yet").isEqualTo(204);
        ApiClient.Response saved = officer.send("PUT", "/api/tasks/" + taskId + "/draft", halfFilled);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("savedAt").asText()).isNotBlank();

        ApiClient sameOfficerElsewhere = ApiClient.signedIn(port, "ecu.officer");
        JsonNode restored = sameOfficerElsewhere.get("/api/tasks/" + taskId + "/draft").json();
        assertThat(restored.get("answers").get("linesOfEnquiry").asText()).isEqualTo("Check the bank account\nCall the victim");
        assertThat(restored.get("answers").get("priority").asText()).isEqualTo("HIGH");

        assertThat(officer.post("/api/tasks/" + taskId + "/complete", Map.of("linesOfEnquiry", List.of(),
                "priority", "LOW", "decision", "FILE", "filingRationale", "No suspect or account identified",
                "filingOutcomeCode", "18")).status()).isEqualTo(204);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM task_draft WHERE task_id = ?", Long.class, taskId))
                .as("draft of the completed task").isZero();
    }

    @Test
    void shouldKeepADraftFromEveryoneButItsAuthor() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String taskId = claimedTriage(officer);
        officer.send("PUT", "/api/tasks/" + taskId + "/draft", Map.of("linesOfEnquiry", "Victim's bank details"));

        ApiClient teamMate = ApiClient.signedIn(port, "ecu.officer2");
        assertThat(teamMate.get("/api/tasks/" + taskId + "/draft").status()).as("a team mate sees no draft").isEqualTo(204);
        assertThat(teamMate.send("PUT", "/api/tasks/" + taskId + "/draft", Map.of("linesOfEnquiry", "x")).status())
                .as("a team mate cannot write on a task someone else holds").isEqualTo(409);
        teamMate.send("DELETE", "/api/tasks/" + taskId + "/draft", null);

        ApiClient drugWorker = ApiClient.signedIn(port, "drug.worker");
        assertThat(drugWorker.get("/api/tasks/" + taskId + "/draft").status()).isEqualTo(404);
        assertThat(drugWorker.send("PUT", "/api/tasks/" + taskId + "/draft", Map.of("a", "b")).status()).isEqualTo(404);
        assertThat(drugWorker.send("DELETE", "/api/tasks/" + taskId + "/draft", null).status()).isEqualTo(404);

        assertThat(officer.get("/api/tasks/" + taskId + "/draft").json().get("answers").get("linesOfEnquiry").asText())
                .as("the author's draft is untouched").isEqualTo("Victim's bank details");
    }

    @Test
    void shouldDiscardTheDraftWhenTheOfficerDiscardsItOrGivesTheTaskBack() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String taskId = claimedTriage(officer);
        officer.send("PUT", "/api/tasks/" + taskId + "/draft", Map.of("linesOfEnquiry", "first"));
        assertThat(officer.send("DELETE", "/api/tasks/" + taskId + "/draft", null).status()).isEqualTo(204);
        assertThat(officer.get("/api/tasks/" + taskId + "/draft").status()).isEqualTo(204);

        officer.send("PUT", "/api/tasks/" + taskId + "/draft", Map.of("linesOfEnquiry", "second"));
        assertThat(officer.post("/api/tasks/" + taskId + "/unclaim").status()).isEqualTo(204);
        assertThat(officer.get("/api/tasks/" + taskId + "/draft").status()).as("unclaiming discards the draft")
                .isEqualTo(204);
    }

    @Test
    void shouldRefuseADraftOver64kBWithAClearMessage_andKeepTheLastOne() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String taskId = claimedTriage(officer);
        officer.send("PUT", "/api/tasks/" + taskId + "/draft", Map.of("linesOfEnquiry", "kept"));

        ApiClient.Response refused = officer.send("PUT", "/api/tasks/" + taskId + "/draft",
                Map.of("linesOfEnquiry", "x".repeat(70 * 1024)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("too long to keep as a draft").contains("64 kB");
        assertThat(officer.get("/api/tasks/" + taskId + "/draft").json().get("answers").get("linesOfEnquiry").asText())
                .isEqualTo("kept");
    }

    @Test
    void shouldNeverWriteTheAnswersIntoTheAuditTrail() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String taskId = claimedTriage(officer);
        String secret = "Sort code " + UUID.randomUUID();
        officer.send("PUT", "/api/tasks/" + taskId + "/draft", Map.of("linesOfEnquiry", secret));
        officer.get("/api/tasks/" + taskId + "/draft");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE details::text LIKE ?", Long.class,
                "%" + secret + "%")).isZero();
    }

    private static String claimedTriage(ApiClient officer) {
        String reference = "NFRC" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(officer.post("/api/fraud/disseminations",
                TaskJourneyIntegrationTest.dissemination(reference, "Ada Lovelace")).status()).isEqualTo(201);
        JsonNode task = StreamSupport.stream(officer.get("/api/tasks?queue=ecu-triage&q=" + reference).json()
                        .path("tasks").spliterator(), false)
                .filter(t -> reference.equals(t.path("caseReference").asText())).findFirst().orElseThrow();
        String taskId = task.get("id").asText();
        assertThat(officer.post("/api/tasks/" + taskId + "/claim").status()).isEqualTo(204);
        return taskId;
    }
}
