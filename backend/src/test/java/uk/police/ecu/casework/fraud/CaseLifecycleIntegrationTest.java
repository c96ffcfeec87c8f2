package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.ecu.casework.fraud.FraudJourney.claimed;
import static uk.police.ecu.casework.fraud.FraudJourney.complete;
import static uk.police.ecu.casework.fraud.FraudJourney.fields;
import static uk.police.ecu.casework.fraud.FraudJourney.openTask;
import static uk.police.ecu.casework.fraud.FraudJourney.today;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * Case lifecycles through the API as their users work them: an area team refusing a crime allocated to it, and a
 * victim update that ends without the victim being told (not reached after attempts, or opted out of updates).
 */
@IntegrationTest
class CaseLifecycleIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    private FraudJourney journey;

    @BeforeEach
    void startJourney() {
        journey = new FraudJourney(port, "NFRC-LC");
    }

    @AfterEach
    void cleanUp() {
        journey.endProcesses(runtime);
    }

    @Test
    void shouldSendARefusedAllocationBackToTriage_withTheAreasReasonOnTheTimelineAndTheAuditTrail() {
        String reference = journey.received();
        ApiClient triager = ApiClient.signedIn(port, "ecu.officer");
        String triage = claimed(triager, "ecu-triage", reference, "Task_Triage");
        assertThat(complete(triager, triage, Map.of("linesOfEnquiry",
                List.of("Bank account of the payee"), "priority", "MEDIUM", "decision", "ALLOCATE_AREA",
                "policingArea", "birmingham-east")).status()).isEqualTo(204);

        ApiClient area = ApiClient.signedIn(port, "local.investigator");
        String accept = claimed(area, "lpa-birmingham-east", reference, "Task_AcceptAllocation");
        ApiClient.Response noReason = complete(area, accept, Map.of("decision", "REFUSE"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fields(noReason)).containsExactlyInAnyOrder("refusalCategory", "refusalReason");

        assertThat(complete(area, accept, Map.of("decision", "REFUSE",
                "refusalCategory", "NOT_IN_AREA", "refusalReason", "The victim and the suspect both live in Coventry"))
                .status()).isEqualTo(204);

        assertThat(openTask(triager, "ecu-triage", reference, "Task_Triage")).as("triage again").isNotNull();
        JsonNode view = triager.get("/api/fraud/cases/" + reference).json();
        assertThat(view.path("crime").path("status").asText()).isEqualTo("RETURNED_TO_TRIAGE");
        assertThat(view.path("crime").path("allocatedTeam").textValue()).isNull();
        JsonNode refusal = entry(view, "Allocation refused");
        assertThat(refusal.path("what").asText())
                .isEqualTo("Allocation refused by Birmingham East investigation team: Not in area");
        assertThat(refusal.path("detail").asText()).isEqualTo("The victim and the suspect both live in Coventry");
        assertThat(refusal.path("who").asText()).isEqualTo("PC Ravi Patel");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE operation = 'ALTERATION' AND record_type = 'crime'
                        AND record_ids[1] = ? AND details ->> 'refusalCategory' = 'NOT_IN_AREA'""")
                .param(reference).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void shouldAcceptAnAllocation_withTheDecisionAccept() {
        String reference = journey.received();
        ApiClient triager = ApiClient.signedIn(port, "ecu.officer");
        triager.post("/api/tasks/" + claimed(triager, "ecu-triage", reference, "Task_Triage") + "/complete",
                Map.of("linesOfEnquiry", List.of("CCTV at the bank"), "priority", "LOW", "decision", "ALLOCATE_AREA",
                        "policingArea", "birmingham-east"));
        ApiClient area = ApiClient.signedIn(port, "local.investigator");

        String accept = claimed(area, "lpa-birmingham-east", reference, "Task_AcceptAllocation");
        assertThat(complete(area, accept, Map.of("decision", "ACCEPT")).status())
                .isEqualTo(204);

        assertThat(openTask(area, "lpa-birmingham-east", reference, "Task_InvestigationPlan")).isNotNull();
    }

    @Test
    void shouldRecordAVictimNotReached_withEachAttempt_endingTheClockAsUnreachable() {
        String reference = allocatedToEcuOfficer();
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String tell = openTask(officer, "mine", reference, "Task_TellVictimOfficer");

        ApiClient.Response noAttempts = complete(officer, tell, Map.of("outcome", "COULD_NOT_REACH"));
        assertThat(noAttempts.status()).isEqualTo(400);
        assertThat(fields(noAttempts)).containsExactly("attempts");

        assertThat(complete(officer, tell, Map.of("outcome", "COULD_NOT_REACH",
                "attempts", List.of(Map.of("attemptedOn", today().minusDays(1).toString(), "method", "PHONE"),
                        Map.of("attemptedOn", today().toString(), "method", "VISIT")),
                "notes", "No answer at the door")).status()).isEqualTo(204);

        assertThat(clockResults(tell)).containsExactly("UNREACHABLE");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM victim_update_attempt a JOIN victim_update u ON u.id = a.victim_update_id
                        WHERE u.crime_reference = ? AND u.outcome = 'COULD_NOT_REACH'""")
                .param(reference).query(Integer.class).single()).isEqualTo(2);
        assertThat(entry(officer.get("/api/fraud/cases/" + reference).json(), "Victim not reached")
                .path("what").asText()).isEqualTo("Victim not reached (Officer named) after 2 attempts");
    }

    @Test
    void shouldRecordAVictimWhoOptedOut_onTheCase_soLaterUpdatesCloseAsOptedOut_andATellingIsMet() {
        String reference = allocatedToEcuOfficer();
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");

        logArrest(officer, reference);
        String first = openTask(officer, "mine", reference, "Task_TellVictimOfEvent");
        ApiClient.Response noDate = complete(officer, first, Map.of("outcome", "VICTIM_OPTED_OUT"));
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(fields(noDate)).containsExactly("optedOutOn");
        assertThat(complete(officer, first, Map.of("outcome", "VICTIM_OPTED_OUT",
                "optedOutOn", today().toString())).status()).isEqualTo(204);
        assertThat(clockResults(first)).containsExactly("OPTED_OUT");

        logArrest(officer, reference);
        String second = openTask(officer, "mine", reference, "Task_TellVictimOfEvent");
        assertThat(second).as("the update is still listed").isNotNull();
        assertThat(complete(officer, second, Map.of("outcome", "VICTIM_OPTED_OUT"))
                .status()).as("the case already records the opt-out").isEqualTo(204);

        JsonNode view = officer.get("/api/fraud/cases/" + reference).json();
        assertThat(entry(view, "Victim opted out").path("what").asText())
                .isEqualTo("Victim opted out of updates from " + today());
        assertThat(StreamSupport.stream(view.path("history").spliterator(), false)
                .filter(e -> e.path("what").asText().equals("Victim not told (Case event): opted out of updates")))
                .hasSize(2);

        String tell = openTask(officer, "mine", reference, "Task_TellVictimOfficer");
        assertThat(complete(officer, tell, Map.of("outcome", "TOLD",
                "toldOn", today().toString(), "method", "PHONE", "regularUpdatesDeclined", true)).status())
                .isEqualTo(204);
        assertThat(clockResults(second)).containsExactly("OPTED_OUT");
        assertThat(clockResults(tell)).as("a told update ends its clock as met, not opted out").containsExactly("MET");
        assertThat(entry(officer.get("/api/fraud/cases/" + reference).json(), "Victim told").path("what").asText())
                .isEqualTo("Victim told (Officer named) by Phone on " + today());
    }

    @Test
    void shouldStillTreatAnUpdateWithNoOutcomeAsTold_andRequireItsDateAndMethod() {
        String reference = allocatedToEcuOfficer();
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String tell = openTask(officer, "mine", reference, "Task_TellVictimOfficer");

        ApiClient.Response missing = complete(officer, tell, Map.of("outcome", "TOLD"));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).containsExactlyInAnyOrder("toldOn", "method", "updateEveryDays", "updateMethod");
        assertThat(complete(officer, tell, Map.of("toldOn", today().toString(),
                "method", "EMAIL", "updateEveryDays", 28, "updateMethod", "EMAIL")).status()).isEqualTo(204);
    }

    @Test
    void shouldGiveTheCaseToAnotherOfficer_movingTheirTasks_andAskingTheNewOfficerToTellTheVictim() {
        String reference = allocatedToEcuOfficer();
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");

        ApiClient.Response outsider = supervisor.post("/api/fraud/cases/" + reference + "/officer-in-charge",
                Map.of("officer", "local.investigator", "reason", "Leave"));
        assertThat(outsider.status()).isEqualTo(400);
        assertThat(fields(outsider)).containsExactly("officer");
        assertThat(ApiClient.signedIn(port, "ecu.officer").post("/api/fraud/cases/" + reference
                + "/officer-in-charge", Map.of("officer", "ecu.officer2", "reason", "Leave")).status())
                .isEqualTo(403);

        ApiClient.Response changed = supervisor.post("/api/fraud/cases/" + reference + "/officer-in-charge",
                Map.of("officer", "ecu.officer2", "reason", "DC Shah is on long-term leave"));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("reassignedTaskIds")).hasSize(2);
        ApiClient newOfficer = ApiClient.signedIn(port, "ecu.officer2");
        assertThat(openTask(newOfficer, "mine", reference, "Task_InvestigationPlan")).isNotNull();
        assertThat(openTask(newOfficer, "mine", reference, "Task_TellVictimOfficer")).isNotNull();
        String tellNew = openTask(newOfficer, "mine", reference, "Task_TellVictimNewOfficer");
        assertThat(tellNew).as("the new officer tells the victim who they are").isNotNull();
        assertThat(openTask(ApiClient.signedIn(port, "ecu.officer"), "mine", reference, "Task_InvestigationPlan"))
                .isNull();
        JsonNode view = newOfficer.get("/api/fraud/cases/" + reference).json();
        assertThat(view.path("crime").path("allocatedOfficer").asText()).isEqualTo("ecu.officer2");
        assertThat(view.path("allocatedOfficerName").asText()).isEqualTo("DC Tom Hughes");
        JsonNode entry = entry(view, "Officer in charge changed");
        assertThat(entry.path("what").asText()).isEqualTo("Officer in charge changed: DC Priya Shah to DC Tom Hughes");
        assertThat(entry.path("detail").asText()).isEqualTo("DC Shah is on long-term leave");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE operation = 'ALTERATION' AND record_type = 'crime'
                        AND record_ids[1] = ? AND details ->> 'allocatedOfficer' = 'ecu.officer2'""")
                .param(reference).query(Integer.class).single()).isEqualTo(1);

        logArrest(newOfficer, reference);
        assertThat(openTask(newOfficer, "mine", reference, "Task_TellVictimOfEvent")).as("later tasks follow")
                .isNotNull();
        assertThat(complete(newOfficer, tellNew, Map.of("outcome", "TOLD",
                "toldOn", today().toString(), "method", "VISIT")).status()).isEqualTo(204);
        assertThat(entry(newOfficer.get("/api/fraud/cases/" + reference).json(), "Victim told").path("what")
                .asText()).isEqualTo("Victim told (New officer) by Visit on " + today());
    }

    @Test
    void shouldReturnACrimeToNfib_finalisedWithOutcome20_inTheMonthlyReturn_whichRefusesAnyOtherCodeOnThatPath() {
        String reference = journey.received();
        ApiClient triager = ApiClient.signedIn(port, "ecu.officer");
        String triage = claimed(triager, "ecu-triage", reference, "Task_Triage");
        ApiClient.Response noReason = complete(triager, triage, Map.of(
                "linesOfEnquiry", List.of(), "priority", "LOW", "decision", "RETURN_TO_NFIB"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fields(noReason)).containsExactlyInAnyOrder("nfibReturnReason", "nfibReturnDetail");

        assertThat(complete(triager, triage, Map.of("linesOfEnquiry", List.of(),
                "priority", "LOW", "decision", "RETURN_TO_NFIB", "nfibReturnReason", "VICTIM_AND_SUSPECT_OUTSIDE_FORCE",
                "nfibReturnDetail", "Victim lives in Kent; suspect's account held in London")).status()).isEqualTo(204);

        JsonNode view = triager.get("/api/fraud/cases/" + reference).json();
        assertThat(view.path("crime").path("status").asText()).isEqualTo("FINALISED");
        assertThat(view.path("crime").path("homeOfficeOutcome").asText()).isEqualTo("20");
        assertThat(view.path("crime").path("outcomeDate").asText()).isEqualTo(today().toString());
        JsonNode returned = entry(view, "Returned to NFIB");
        assertThat(returned.path("what").asText()).isEqualTo("Returned to NFIB: Victim and suspect outside force");
        assertThat(returned.path("detail").asText()).isEqualTo("Victim lives in Kent; suspect's account held in London");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count())
                .as("the case's process has ended").isZero();

        // Its month's return lists it; a crime returned with any other code stops the return's approval.
        jdbc.sql("UPDATE crime SET finalised_at = '2013-02-12T12:00:00Z' WHERE crime_reference = ?").param(reference)
                .update();
        String wrong = "NFRC-LC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("""
                        INSERT INTO crime (crime_reference, reported_date, nfib_code, original_nfib_code, victim_type,
                            victim_name, status, triage_decision, outcome_code, home_office_outcome, outcome_date,
                            finalised_at, received_by, received_at)
                        VALUES (?, '2013-02-01', 'NFIB3A', 'NFIB3A', 'INDIVIDUAL', 'Legacy Victim', 'FINALISED',
                            'RETURN_TO_NFIB', '18', '18', '2013-02-13', '2013-02-13T12:00:00Z', 'ecu.officer',
                            '2013-02-01T12:00:00Z')""")
                .param(wrong).update();
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        assertThat(supervisor.post("/api/fraud/outcome-returns", Map.of("month", "2013-02")).status()).isEqualTo(202);
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey("monthly-outcome-return")
                .processInstanceBusinessKey("outcome-return-2013-02").singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());
        JsonNode rows = supervisor.get("/api/fraud/outcome-returns/2013-02").json();
        assertThat(StreamSupport.stream(rows.spliterator(), false)
                .filter(r -> reference.equals(r.path("crimeReference").asText()))
                .map(r -> r.path("homeOfficeOutcome").asText())).containsExactly("20");
        String approval = claimed(supervisor, "ecu-supervisors", "outcome-return-2013-02", "Task_ApproveReturn");
        ApiClient.Response approved = complete(supervisor, approval, Map.of("approved", true));
        assertThat(approved.status()).isEqualTo(400);
        assertThat(approved.json().at("/fieldErrors/0/message").asText())
                .contains(wrong + " (outcome 18 on a crime returned to NFIB)").doesNotContain(reference);
    }

    @Test
    void shouldMakeTheOfficerGivenTheInvestigationInTheTaskListTheOfficerInCharge() {
        String reference = allocatedToEcuOfficer();
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        String plan = openTask(ApiClient.signedIn(port, "ecu.officer"), "mine", reference, "Task_InvestigationPlan");

        assertThat(supervisor.post("/api/tasks/reassign", Map.of("taskIds", List.of(plan), "assignee",
                "ecu.officer2")).status()).isEqualTo(200);

        ApiClient newOfficer = ApiClient.signedIn(port, "ecu.officer2");
        assertThat(newOfficer.get("/api/fraud/cases/" + reference).json().path("crime").path("allocatedOfficer")
                .asText()).isEqualTo("ecu.officer2");
        assertThat(openTask(newOfficer, "mine", reference, "Task_TellVictimOfficer")).isNotNull();
        assertThat(openTask(newOfficer, "mine", reference, "Task_TellVictimNewOfficer")).isNotNull();
    }

    private void logArrest(ApiClient officer, String reference) {
        assertThat(officer.post("/api/fraud/cases/" + reference + "/events", Map.of("eventType", "ARREST",
                "occurredOn", today().toString())).status()).isEqualTo(204);
    }

    private String allocatedToEcuOfficer() {
        return journey.allocatedTo(journey.received(), "ecu.officer");
    }

    private List<String> clockResults(String taskId) {
        return jdbc.sql("SELECT result FROM sla_clock WHERE task_id = ?").param(taskId).query(String.class).list();
    }

    private static JsonNode entry(JsonNode view, String startingWith) {
        return StreamSupport.stream(view.path("history").spliterator(), false)
                .filter(e -> e.path("what").asText().startsWith(startingWith)).findFirst().orElseThrow();
    }
}
