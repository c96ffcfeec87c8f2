package uk.police.ecu.casework.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

@IntegrationTest
@DisplayName("POST /api/tasks/{taskId}/complete")
class TaskFormErrorsIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void shouldNameTheExactFieldOfAListEntryThatIsWrong_andChangeNothing() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String reference = "NFRC" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        officer.post("/api/fraud/disseminations", TaskJourneyIntegrationTest.dissemination(reference, "Lise Meitner"));
        String triage = taskId(officer, "ecu-triage", reference, "Task_Triage");
        officer.post("/api/tasks/" + triage + "/claim");

        ApiClient.Response invalid = officer.post("/api/tasks/" + triage + "/complete", Map.of(
                "linesOfEnquiry", List.of("Trace the account", " "), "priority", "HIGH", "decision", "ALLOCATE_ECU"));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().findValuesAsText("field")).containsExactly("linesOfEnquiry[1]");
        assertThat(officer.get("/api/tasks/" + triage).status()).as("the task is still open").isEqualTo(200);

        ApiClient.Response notAnInvestigator = officer.post("/api/tasks/" + triage + "/complete", Map.of(
                "linesOfEnquiry", List.of("Trace the account"), "priority", "HIGH", "decision", "ALLOCATE_ECU",
                "officer", "victim.care"));
        assertThat(notAnInvestigator.status()).isEqualTo(400);
        assertThat(notAnInvestigator.json().findValuesAsText("field")).containsExactly("officer");

        assertThat(officer.post("/api/tasks/" + triage + "/complete", Map.of(
                "linesOfEnquiry", List.of("Trace the account"), "priority", "HIGH", "decision", "ALLOCATE_ECU",
                "officer", "ecu.officer")).status()).isEqualTo(204);
        String plan = taskId(officer, "mine", reference, "Task_InvestigationPlan");
        ApiClient.Response badAction = officer.post("/api/tasks/" + plan + "/complete", Map.of("actions",
                List.of(Map.of("description", "Interview", "owner", "DC Shah", "dueDate", "2026-12-01"),
                        Map.of("description", "Production order", "owner", "", "dueDate", "2026-12-01"))));
        assertThat(badAction.status()).isEqualTo(400);
        assertThat(badAction.json().findValuesAsText("field")).containsExactly("actions[1].owner");
    }

    private static String taskId(ApiClient client, String queue, String reference, String taskType) {
        JsonNode tasks = client.get("/api/tasks?queue=" + queue + "&q=" + reference).json().path("tasks");
        return StreamSupport.stream(tasks.spliterator(), false)
                .filter(t -> reference.equals(t.path("caseReference").asText()))
                .filter(t -> taskType.equals(t.path("taskType").asText()))
                .map(t -> t.get("id").asText()).findFirst().orElseThrow();
    }
}
