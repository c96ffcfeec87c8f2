package uk.police.ecu.casework.victimcare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.ecu.casework.victimcare.VictimCareTestReferrals.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * A victim's communication needs in victim care: recorded once for the person, shown on the first contact and
 * every planned contact; and, when the person is the victim of a fraud case, shown on either side's contact
 * tasks, saying where they were recorded, rather than asked for twice.
 */
@IntegrationTest
class VictimCommunicationNeedsIntegrationTest {

    private static final String OFFICER = "victim.care";

    @LocalServerPort
    int port;
    @Autowired
    VictimCareTestReferrals referrals;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    Clock clock;

    private final List<String> fraudCases = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        for (String reference : fraudCases) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
                    .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test over"));
        }
    }

    @Test
    void shouldShowTheNeedsRecordedForTheVictim_onFirstContactAndPlannedContact_andAuditTheRecording() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        ApiClient officer = ApiClient.signedIn(port, OFFICER);
        String firstContact = referrals.task(victim.reference(), "Task_FirstContact").getId();
        JsonNode none = officer.get("/api/tasks/" + firstContact).json().path("communicationNeeds");
        assertThat(none.path("recorded").isObject()).as("none recorded yet").isFalse();
        assertThat(none.path("recordAt").asText()).isEqualTo("/victim-care/victims/" + victim.victimId());
        long lastAudit = lastAuditId();

        ApiClient.Response recorded = officer.send("PUT", needsPath(victim), Map.of("interpreterNeeded", true,
                "interpreterLanguage", "Polish", "preferredChannel", "PHONE", "timesToAvoid", "carer visits Tue am",
                "otherNeeds", "Hearing loss: speak slowly"));

        assertThat(recorded.status()).isEqualTo(200);
        JsonNode needs = officer.get("/api/tasks/" + firstContact).json().path("communicationNeeds").path("recorded");
        assertThat(needs.path("interpreterLanguage").asText()).isEqualTo("Polish");
        assertThat(needs.path("timesToAvoid").asText()).isEqualTo("carer visits Tue am");
        assertThat(needs.path("otherNeeds").asText()).isEqualTo("Hearing loss: speak slowly");
        assertThat(needs.path("recordedOn").asText()).isEqualTo("Victim care");
        assertThat(jdbc.sql("""
                        SELECT username FROM audit_event WHERE id > ? AND operation = 'ALTERATION'
                        AND record_type = 'victim-communication-needs' AND record_ids[1] = ?""")
                .param(lastAudit).param(victim.victimId().toString()).query(String.class).list())
                .containsExactly(OFFICER);
        assertThat(officer.get("/api/victim-care/victims/" + victim.victimId()).json().path("communicationNeeds")
                .path("preferredChannel").asText()).as("on the victim's page too").isEqualTo("PHONE");

        LocalDate today = LocalDate.now(clock);
        referrals.complete(victim.reference(), "Task_FirstContact", OFFICER, assessment(today, true, false));
        referrals.complete(victim.reference(), "Task_ContactPlan", OFFICER,
                Map.of("contacts", List.of(Map.of("dueOn", today.plusDays(3).toString(), "channel", "PHONE"))));
        String planned = referrals.task(victim.reference(), "Task_PlannedContact").getId();
        assertThat(officer.get("/api/tasks/" + planned).json().path("communicationNeeds").path("recorded")
                .path("interpreterLanguage").asText()).as("shown again, not asked again").isEqualTo("Polish");
    }

    @Test
    void shouldRefuseTheNeedsToAnyoneButVictimCare_andForAnUnknownVictim() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        Map<String, Object> needs = Map.of("interpreterNeeded", false);

        assertThat(ApiClient.signedIn(port, "ecu.officer").send("PUT", needsPath(victim), needs).status())
                .isEqualTo(403);
        assertThat(ApiClient.signedIn(port, OFFICER).send("PUT", "/api/victim-care/victims/" + UUID.randomUUID()
                + "/communication-needs", needs).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM victim_communication_needs WHERE victim_id = ?")
                .param(victim.victimId()).query(Integer.class).single()).isZero();
    }

    @Test
    void shouldShowNeedsRecordedOnTheFraudCase_onVictimCaresFirstContact_sayingWhereTheyCameFrom() {
        String crime = fraudCaseAllocatedToEcuOfficer();
        ApiClient ecuOfficer = ApiClient.signedIn(port, "ecu.officer");
        assertThat(ecuOfficer.send("PUT", "/api/fraud/cases/" + crime + "/communication-needs",
                Map.of("interpreterNeeded", true, "interpreterLanguage", "Urdu")).status()).isEqualTo(200);
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A", crime, LocalDate.now(clock));

        JsonNode needs = ApiClient.signedIn(port, OFFICER).get("/api/tasks/"
                + referrals.task(victim.reference(), "Task_FirstContact").getId()).json()
                .path("communicationNeeds").path("recorded");

        assertThat(needs.path("interpreterLanguage").asText()).isEqualTo("Urdu");
        assertThat(needs.path("recordedOn").asText()).isEqualTo("Fraud case " + crime);
    }

    @Test
    void shouldShowNeedsRecordedByVictimCare_onTheFraudCasesTellTheVictimTask_whenTheCaseHoldsNone() {
        String crime = fraudCaseAllocatedToEcuOfficer();
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A", crime, LocalDate.now(clock));
        assertThat(ApiClient.signedIn(port, OFFICER).send("PUT", needsPath(victim),
                Map.of("interpreterNeeded", false, "preferredChannel", "LETTER")).status()).isEqualTo(200);

        ApiClient ecuOfficer = ApiClient.signedIn(port, "ecu.officer");
        JsonNode needs = ecuOfficer.get("/api/tasks/" + openTask(ecuOfficer, crime, "Task_TellVictimOfficer")).json()
                .path("communicationNeeds").path("recorded");

        assertThat(needs.path("preferredChannel").asText()).isEqualTo("LETTER");
        assertThat(needs.path("recordedOn").asText()).isEqualTo("Victim care");
    }

    private String fraudCaseAllocatedToEcuOfficer() {
        String reference = "NFRC-CN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        fraudCases.add(reference);
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        assertThat(officer.post("/api/fraud/disseminations", Map.of("crimeReference", reference,
                "reportedDate", LocalDate.now(clock).minusDays(2).toString(), "nfibCode", "NFIB3A",
                "victimType", "INDIVIDUAL", "victimName", "Ada Lovelace", "lossGbp", 4000)).status()).isEqualTo(201);
        String triage = openTask(officer, "ecu-triage", reference, "Task_Triage");
        assertThat(officer.post("/api/tasks/" + triage + "/claim").status()).isEqualTo(204);
        assertThat(officer.post("/api/tasks/" + triage + "/complete",
                Map.of("linesOfEnquiry", List.of("Bank account of the payee"), "priority", "MEDIUM",
                        "decision", "ALLOCATE_ECU", "officer", "ecu.officer")).status()).isEqualTo(204);
        return reference;
    }

    private static String openTask(ApiClient user, String reference, String taskType) {
        String id = openTask(user, "mine", reference, taskType);
        assertThat(id).as(taskType).isNotNull();
        return id;
    }

    private static String openTask(ApiClient user, String queue, String reference, String taskType) {
        return StreamSupport.stream(user.get("/api/tasks?queue=" + queue + "&q=" + reference).json()
                        .path("tasks").spliterator(), false)
                .filter(t -> reference.equals(t.path("caseReference").asText())
                        && taskType.equals(t.path("taskType").asText()))
                .map(t -> t.get("id").asText()).findFirst().orElse(null);
    }

    private static String needsPath(VictimCareTestReferrals.Referred victim) {
        return "/api/victim-care/victims/" + victim.victimId() + "/communication-needs";
    }

    private long lastAuditId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
    }
}
