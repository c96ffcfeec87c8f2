package uk.police.ecu.casework.victimcare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.ecu.casework.victimcare.VictimCareTestReferrals.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.FixtureVictims;
import uk.police.ecu.casework.IntegrationTest;

/**
 * Completing a task hands on the next step: the task the completion created for the same person is offered, and
 * otherwise the answer says, in words, who has the case now. Here, beside the victim care test referrals it starts
 * from; the fraud cases come through the API alone.
 */
@IntegrationTest
class NextStepIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    VictimCareTestReferrals referrals;

    @Autowired
    Clock clock;

    @Test
    void shouldOfferTheFirstPlannedContactToTheOfficerWhoAgreedThePlan() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        LocalDate today = LocalDate.now(clock);
        referrals.complete(victim.reference(), "Task_FirstContact", "victim.care", assessment(today, true, false));
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        String plan = claimed(officer, "ecvcu", victim.reference(), "Task_ContactPlan");

        ApiClient.Response completed = officer.post("/api/tasks/" + plan + "/complete?nextStep=true",
                Map.of("contacts", List.of(Map.of("dueOn", today.plusDays(9).toString(), "channel", "VISIT"),
                        Map.of("dueOn", today.plusDays(2).toString(), "channel", "PHONE"))));

        assertThat(completed.status()).isEqualTo(200);
        JsonNode next = completed.json();
        assertThat(next.get("caseReference").asText()).isEqualTo(victim.reference());
        assertThat(next.get("tasks")).hasSize(2).allSatisfy(task -> {
            assertThat(task.get("name").asText()).isEqualTo("Contact victim");
            assertThat(task.get("yours").asBoolean()).as("offered to the same officer").isTrue();
            assertThat(task.get("claimed").asBoolean()).as("still to claim").isFalse();
        });
        assertThat(next.get("tasks").get(0).get("id").asText()).as("the contact due first comes first")
                .isEqualTo(referrals.tasks(victim.reference(), "Task_PlannedContact").get(0).getId());
        assertThat(next.hasNonNull("whatHappensNext")).as("nothing to say: the next task is offered").isFalse();

        String offered = next.get("tasks").get(0).get("id").asText();
        assertThat(officer.post("/api/tasks/" + offered + "/claim").status()).isEqualTo(204);
        assertThat(officer.get("/api/tasks/" + offered).json().get("task").get("assignee").asText())
                .isEqualTo("victim.care");
    }

    @Test
    void shouldNameTheAreaTeamThatHasTheCase_andOfferTheTriageOfficerNothing() {
        String reference = received();
        ApiClient triager = ApiClient.signedIn(port, "ecu.officer");
        String triage = claimed(triager, "ecu-triage", reference, "Task_Triage");

        ApiClient.Response completed = triager.post("/api/tasks/" + triage + "/complete?nextStep=true",
                Map.of("linesOfEnquiry", List.of("Bank account of the payee"), "priority", "MEDIUM",
                        "decision", "ALLOCATE_AREA", "policingArea", "coventry"));

        assertThat(completed.status()).isEqualTo(200);
        JsonNode next = completed.json();
        assertThat(next.get("tasks")).singleElement().satisfies(task -> {
            assertThat(task.get("name").asText()).isEqualTo("Accept allocation");
            assertThat(task.get("yours").asBoolean()).isFalse();
        });
        assertThat(next.get("whatHappensNext").asText())
                .isEqualTo("Next: Accept allocation (Coventry investigation team).");
    }

    @Test
    void shouldSayNothingMoreIsNeeded_whenTheLastTaskOfTheCaseIsDone() {
        String reference = received();
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String triage = claimed(officer, "ecu-triage", reference, "Task_Triage");
        JsonNode filed = officer.post("/api/tasks/" + triage + "/complete?nextStep=true", Map.of("linesOfEnquiry",
                List.of(), "priority", "LOW", "decision", "FILE", "filingRationale", "No suspect or account identified",
                "filingOutcomeCode", "18")).json();
        JsonNode tell = filed.get("tasks").get(0);
        assertThat(tell.get("name").asText()).isEqualTo("Tell victim it will not be investigated");
        assertThat(tell.get("yours").asBoolean()).as("the triage team tells the victim").isTrue();
        assertThat(officer.post("/api/tasks/" + tell.get("id").asText() + "/claim").status()).isEqualTo(204);

        ApiClient.Response completed = officer.post("/api/tasks/" + tell.get("id").asText()
                + "/complete?nextStep=true", Map.of("toldOn", LocalDate.now(clock).toString(), "method", "PHONE",
                "supportOffered", true, "notes", "Told the victim by phone"));

        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.json().get("tasks")).isEmpty();
        assertThat(completed.json().get("whatHappensNext").asText()).isEqualTo("Nothing more is needed on this case.");
    }

    @Test
    void shouldAnswerACompletionWithoutAskingForTheNextStepAsBefore() {
        String reference = received();
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String triage = claimed(officer, "ecu-triage", reference, "Task_Triage");

        ApiClient.Response completed = officer.post("/api/tasks/" + triage + "/complete", Map.of("linesOfEnquiry",
                List.of(), "priority", "LOW", "decision", "FILE", "filingRationale", "No suspect or account identified",
                "filingOutcomeCode", "18"));

        assertThat(completed.status()).isEqualTo(204);
        assertThat(completed.body()).isNullOrEmpty();
    }

    /** A dissemination below every filing-approval threshold, so filing needs no supervisor. */
    private String received() {
        String reference = "NFRC-NS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(ApiClient.signedIn(port, "ecu.officer").post("/api/fraud/disseminations", Map.of(
                "crimeReference", reference, "reportedDate", LocalDate.now(clock).minusDays(2).toString(),
                "nfibCode", "NFIB3A", "victimType", "INDIVIDUAL", "victimName", "Ada Lovelace", "lossGbp", 120,
                "victimDateOfBirth", FixtureVictims.uniqueDateOfBirth().toString(), "ndmScore", 2)).status())
                .isEqualTo(201);
        return reference;
    }

    private static String claimed(ApiClient user, String queue, String reference, String taskType) {
        String id = StreamSupport.stream(user.get("/api/tasks?queue=" + queue + "&q=" + reference).json()
                        .path("tasks").spliterator(), false)
                .filter(t -> reference.equals(t.path("caseReference").asText())
                        && taskType.equals(t.path("taskType").asText()))
                .map(t -> t.get("id").asText()).findFirst().orElse(null);
        assertThat(id).as(taskType + " in " + queue).isNotNull();
        assertThat(user.post("/api/tasks/" + id + "/claim").status()).isEqualTo(204);
        return id;
    }
}
