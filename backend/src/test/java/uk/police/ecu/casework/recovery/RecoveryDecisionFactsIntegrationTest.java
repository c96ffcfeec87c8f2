package uk.police.ecu.casework.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * An O2R review task shows where the participant is on the treatment pathway and how their last review went,
 * so the reviewer need not open the participant's page.
 */
@IntegrationTest
class RecoveryDecisionFactsIntegrationTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Autowired
    ProgrammeCalendar calendar;
    @Autowired
    TaskService tasks;
    @LocalServerPort
    int port;

    @Test
    void shouldShowTheReviewerThePathwayStageAndTheLastReview() {
        LocalDate today = calendar.today();
        ApiClient officer = ApiClient.signedIn(port, "o2r.officer");
        ApiClient drugWorker = ApiClient.signedIn(port, "drug.worker");
        String reference = officer.post("/api/recovery/participants", Map.of("name",
                        "Facts Person " + UUID.randomUUID().toString().substring(0, 8), "dateOfBirth", "1985-04-02",
                        "localAuthority", "birmingham", "referralSource", "OFFICER", "substanceMisuse", "DRUGS",
                        "weeklyDrugSpendGbp", 280, "offences", List.of(offence(today.minusDays(5)), offence(today.minusDays(45)),
                                offence(today.minusDays(85))),
                        "notes", "Seen in custody"))
                .json().get("reference").asText();
        work(officer, reference, "Task_JointAssessment", Map.of("willingToEngage", true, "consentToTreatment", true,
                "consentToInformationSharing", true, "notes", "Keen to start"));
        work(drugWorker, reference, "Task_Enrolment", Map.of("enrolmentDate", today.toString(), "keyWorker", "drug.worker",
                "firstStage", Map.of("stage", "PRESCRIBING", "stageDate", today.toString(), "medication", "METHADONE")));

        Map<String, String> atReview = facts(drugWorker.get("/api/tasks/" + taskId(reference, "Task_ProgrammeReview")).json());
        assertThat(atReview).containsEntry("Pathway stage", "Prescribing, since " + DAY.format(today))
                .containsEntry("Last review", "No review recorded yet");

        work(drugWorker, reference, "Task_ProgrammeReview", Map.of("engagement", "ATTENDED", "treatmentNotes", "Stable"));
        Map<String, String> atOffending = facts(officer.get("/api/tasks/" + taskId(reference, "Task_OffendingReview")).json());
        assertThat(atOffending.get("Last review")).endsWith(": Attended");
        assertThat(atOffending.get("Pathway stage")).startsWith("Prescribing");
    }

    private static Map<String, Object> offence(LocalDate on) {
        return Map.of("offenceDate", on.toString(), "valueStolenGbp", 35.99, "retailer", "High Street Chemist");
    }

    private String taskId(String reference, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey)
                .singleResult().getId();
    }

    private void work(ApiClient client, String reference, String taskKey, Map<String, Object> answers) {
        String taskId = taskId(reference, taskKey);
        client.post("/api/tasks/" + taskId + "/claim");
        ApiClient.Response response = client.post("/api/tasks/" + taskId + "/complete", answers);
        assertThat(response.status()).as(taskKey + ": " + response.body()).isEqualTo(204);
    }

    private static Map<String, String> facts(JsonNode detail) {
        Map<String, String> facts = new LinkedHashMap<>();
        detail.get("decisionFacts").get("groups").forEach(group -> group.get("facts")
                .forEach(fact -> facts.put(fact.get("label").asText(), fact.get("value").asText())));
        return facts;
    }
}
