package uk.police.ecu.casework.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.FixtureVictims;
import uk.police.ecu.casework.IntegrationTest;

@IntegrationTest
public class TaskJourneyIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void shouldLetAnEcuOfficerTriageANewDissemination_andHideItFromADrugReferralWorker() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String reference = "NFRC" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        ApiClient.Response started = officer.post("/api/fraud/disseminations", dissemination(reference, "Ada Lovelace"));
        assertThat(started.status()).isEqualTo(201);

        JsonNode task = taskFor(officer.get("/api/tasks?queue=ecu-triage&q=" + reference).json(), reference);
        assertThat(task).as("triage task in the ECU triage queue").isNotNull();
        assertThat(task.get("name").asText()).isEqualTo("Triage dissemination");
        String taskId = task.get("id").asText();

        ApiClient drugWorker = ApiClient.signedIn(port, "drug.worker");
        assertThat(taskFor(drugWorker.get("/api/tasks?queue=ecu-triage&q=" + reference).json(), reference)).isNull();
        assertThat(drugWorker.post("/api/tasks/" + taskId + "/claim").status()).isEqualTo(404);

        assertThat(officer.post("/api/tasks/" + taskId + "/claim").status()).isEqualTo(204);
        assertThat(taskFor(officer.get("/api/tasks?queue=mine&q=" + reference).json(), reference)).isNotNull();

        assertThat(officer.post("/api/tasks/" + taskId + "/complete", Map.of("linesOfEnquiry", List.of(),
                "priority", "LOW", "decision", "FILE", "filingRationale", "No suspect or account identified",
                "filingOutcomeCode", "18")).status()).isEqualTo(204);
        assertThat(taskFor(officer.get("/api/tasks?queue=mine&q=" + reference).json(), reference)).isNull();
        JsonNode next = taskFor(officer.get("/api/tasks?queue=ecu-triage&q=" + reference).json(), reference);
        assertThat(next.get("id").asText()).isNotEqualTo(taskId);
        assertThat(next.get("name").asText()).isEqualTo("Tell victim it will not be investigated");
        assertThat(next.get("due").asText()).isNotBlank();
    }

    @Test
    void shouldTellTheLoserOfAClaimWhoHoldsTheTask() {
        ApiClient first = ApiClient.signedIn(port, "ecu.officer");
        ApiClient second = ApiClient.signedIn(port, "ecu.officer2");
        String reference = "NFRC" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        first.post("/api/fraud/disseminations", dissemination(reference, "Grace Hopper"));
        String taskId = taskFor(first.get("/api/tasks?queue=ecu-triage&q=" + reference).json(), reference).get("id").asText();

        assertThat(first.post("/api/tasks/" + taskId + "/claim").status()).isEqualTo(204);
        ApiClient.Response lost = second.post("/api/tasks/" + taskId + "/claim");

        assertThat(lost.status()).isEqualTo(409);
        assertThat(lost.json().get("message").asText()).isEqualTo("This task is already claimed by DC Priya Shah");
        assertThat(second.post("/api/tasks/" + taskId + "/complete", Map.of()).status()).isEqualTo(409);
    }

    /** A valid dissemination for the JSON API, every fact filing approval weighs recorded and below its threshold. */
    public static Map<String, Object> dissemination(String reference, String victim) {
        return Map.of("crimeReference", reference, "reportedDate", "2026-11-02", "nfibCode", "NFIB3A",
                "victimType", "INDIVIDUAL", "victimName", victim, "lossGbp", 120,
                "victimDateOfBirth", FixtureVictims.uniqueDateOfBirth().toString(),
                "ndmScore", 2);
    }

    private static JsonNode taskFor(JsonNode tasks, String reference) {
        return StreamSupport.stream(tasks.path("tasks").spliterator(), false)
                .filter(t -> reference.equals(t.path("caseReference").asText()))
                .findFirst().orElse(null);
    }
}
