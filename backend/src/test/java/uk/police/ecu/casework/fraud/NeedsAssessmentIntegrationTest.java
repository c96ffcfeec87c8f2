package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.ecu.casework.fraud.FraudJourney.at;
import static uk.police.ecu.casework.fraud.FraudJourney.references;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * The victim's needs assessment (Victims' Code Right 4) through the API, as the officer in charge uses it: made on
 * the case page or with the first contact, re-assessed on the task a change of needs raises, its Enhanced Rights
 * answer timing later updates, and counted in the compliance report by the force's reading (on or before the
 * contact), with anything not assessed shown as not recorded, never met. The month is one no other test uses, so
 * every cell of the two lines is known.
 */
@IntegrationTest
class NeedsAssessmentIntegrationTest {

    private static final String ASSESSED = "needs:NEEDS_ASSESSED";
    private static final String REASSESSED = "needs:NEEDS_REASSESSED";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    private FraudJourney journey;

    @BeforeEach
    void setUp() {
        journey = new FraudJourney(port, "NFRC-NA");
    }

    @AfterEach
    void cleanUp() {
        journey.endProcesses(runtime);
        ClockUtil.reset();
    }

    @Test
    void shouldCountAMonthOfAssessmentsAndReassessments_asMetLateOrNotRecorded() {
        at("2023-11-01T09:00");
        String assessedFirst = allocatedToEcuOfficer();
        String assessedAtContact = allocatedToEcuOfficer();
        String assessedLate = allocatedToEcuOfficer();
        String neverAssessed = allocatedToEcuOfficer();
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");

        // Assessed on the case page before the officer's first contact: on time.
        at("2023-11-01T10:00");
        assertThat(officer.post(needs(assessedFirst) + "/assessments", assessment("2023-11-01T10:00", false, null))
                .status()).isEqualTo(201);
        at("2023-11-02T10:00");
        assertThat(tellOfficer(officer, assessedFirst, null)).isEqualTo(204);
        // Assessed as part of the first contact: on time.
        assertThat(tellOfficer(officer, assessedAtContact, assessment("2023-11-02T09:30", false, null)))
                .isEqualTo(204);
        // Contacted first, assessed three days later: late.
        assertThat(tellOfficer(officer, assessedLate, null)).isEqualTo(204);
        at("2023-11-05T10:00");
        assertThat(officer.post(needs(assessedLate) + "/assessments", assessment("2023-11-05T10:00", false, null))
                .status()).isEqualTo(201);
        assertThat(tellOfficer(officer, neverAssessed, null)).isEqualTo(204);

        // Needs change on three cases; re-assessed before any contact (on time), after the next contact (late),
        // and not at all (not recorded).
        at("2023-11-10T09:00");
        for (String reference : List.of(assessedFirst, assessedAtContact, assessedLate)) {
            assertThat(officer.post(needs(reference) + "/changes", Map.of("changedAt", "2023-11-10T09:00",
                    "whatChanged", "Victim has moved into a care home")).status()).isEqualTo(201);
        }
        JsonNode due = officer.get(needs(assessedFirst)).json();
        assertThat(due.path("reassessmentDue").asBoolean()).isTrue();
        Task reassess = task(assessedFirst, "Task_ReassessNeeds");
        assertThat(reassess.getAssignee()).isEqualTo("ecu.officer");
        assertThat(reassess.getName()).isEqualTo("Re-assess victim's needs");
        // While its task is open, the re-assessment is made there, not on the case page.
        assertThat(officer.post(needs(assessedFirst) + "/assessments", assessment("2023-11-10T09:30", false, null))
                .status()).isEqualTo(409);
        at("2023-11-10T12:00");
        assertThat(officer.post("/api/tasks/" + reassess.getId() + "/complete",
                assessment("2023-11-10T11:00", true, "VULNERABLE")).status()).isEqualTo(204);
        assertThat(officer.get(needs(assessedFirst)).json().path("reassessmentDue").asBoolean()).isFalse();
        assertThat(StreamSupport.stream(officer.get("/api/fraud/cases/" + assessedFirst).json().path("history")
                .spliterator(), false).map(e -> e.path("what").asText() + " | " + e.path("detail").asText())
                .filter(line -> line.startsWith("Victim's needs")))
                .as("the timeline, newest first, shows the assessment, the change and the re-assessment")
                .containsExactly(
                        "Victim's needs re-assessed: Enhanced Rights apply | Lives alone and has dementia;"
                                + " support needs: Large print letters",
                        "Victim's needs changed: Victim has moved into a care home | Re-assessed",
                        "Victim's needs assessed: Enhanced Rights do not apply | No vulnerability found;"
                                + " support needs: Large print letters");
        assertThat(jdbc.sql("SELECT category FROM victim_enhanced_rights WHERE crime_reference = ?")
                .param(assessedFirst).query(String.class).single()).as("later updates use the new answer")
                .isEqualTo("VULNERABLE");

        // The victim is told of an arrest on 11 November, then re-assessed on the 12th: late.
        at("2023-11-11T09:00");
        assertThat(officer.post("/api/fraud/cases/" + assessedLate + "/events", Map.of("eventType", "ARREST",
                "occurredOn", "2023-11-11")).status()).isEqualTo(204);
        assertThat(officer.post("/api/tasks/" + task(assessedLate, "Task_TellVictimOfEvent").getId() + "/complete",
                Map.of("toldOn", "2023-11-11", "method", "PHONE")).status()).isEqualTo(204);
        at("2023-11-12T09:00");
        assertThat(officer.post("/api/tasks/" + task(assessedLate, "Task_ReassessNeeds").getId() + "/complete",
                assessment("2023-11-12T09:00", false, null)).status()).isEqualTo(204);

        at("2023-12-01T09:00");
        ApiClient analyst = ApiClient.signedIn(port, "analyst");
        JsonNode report = analyst.get("/api/sla/victims-code?from=2023-11&to=2023-11").json();
        JsonNode assessed = line(report, ASSESSED);
        assertThat(assessed.path("name").asText()).isEqualTo("Needs assessed when reported");
        assertThat(assessed.path("localStandard").asBoolean()).as("the force's reading, not law").isTrue();
        assertCell(assessed.path("months").get(0), 4, 2, 1, 1);
        JsonNode reassessed = line(report, REASSESSED);
        assertThat(reassessed.path("name").asText()).isEqualTo("Re-assessed when needs changed");
        assertCell(reassessed.path("months").get(0), 3, 1, 1, 1);

        assertThat(references(analyst.get("/api/sla/victims-code/cases?right=" + ASSESSED
                + "&month=2023-11&status=NOT_RECORDED").json())).containsExactly(neverAssessed);
        assertThat(references(analyst.get("/api/sla/victims-code/cases?right=" + ASSESSED
                + "&month=2023-11&status=MET_LATE").json())).containsExactly(assessedLate);
        assertThat(references(analyst.get("/api/sla/victims-code/cases?right=" + REASSESSED
                + "&month=2023-11&status=NOT_RECORDED").json())).containsExactly(assessedAtContact);
        assertThat(references(analyst.get("/api/sla/victims-code/cases?right=" + REASSESSED
                + "&month=2023-11&status=MET_LATE").json())).containsExactly(assessedLate);
    }

    @Test
    void shouldRefuseAnAssessmentInTheFutureOrBeforeTheCrimeWasReported_andAskForTheEnhancedRightsCategory() {
        at("2023-11-01T09:00");
        String reference = allocatedToEcuOfficer();
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");

        ApiClient.Response future = officer.post(needs(reference) + "/assessments",
                assessment("2023-11-01T10:00", false, null));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().at("/fieldErrors/0/field").asText()).isEqualTo("assessedAt");
        ApiClient.Response beforeReported = officer.post(needs(reference) + "/assessments",
                assessment("2023-10-20T10:00", false, null));
        assertThat(beforeReported.status()).isEqualTo(400);
        assertThat(beforeReported.json().at("/fieldErrors/0/message").asText()).contains("before the crime");
        ApiClient.Response noCategory = officer.post(needs(reference) + "/assessments",
                assessment("2023-11-01T08:00", true, null));
        assertThat(noCategory.status()).isEqualTo(400);
        assertThat(noCategory.json().at("/fieldErrors/0/field").asText()).isEqualTo("enhancedRightsCategory");
        ApiClient.Response changeInFuture = officer.post(needs(reference) + "/changes",
                Map.of("changedAt", "2023-11-02T09:00", "whatChanged", "Moved"));
        assertThat(changeInFuture.status()).isEqualTo(400);

        ApiClient other = ApiClient.signedIn(port, "ecu.officer2");
        assertThat(other.post(needs(reference) + "/assessments", assessment("2023-11-01T08:00", false, null))
                .status()).isIn(403, 404);
        assertThat(jdbc.sql("SELECT count(*) FROM needs_assessment WHERE crime_reference = ?").param(reference)
                .query(Integer.class).single()).isZero();
    }

    private static Map<String, Object> assessment(String at, boolean enhanced, String category) {
        Map<String, Object> body = new HashMap<>(Map.of("assessedAt", at, "enhancedRights", enhanced,
                "enhancedRightsReason", enhanced ? "Lives alone and has dementia" : "No vulnerability found",
                "supportNeeds", "Large print letters"));
        if (category != null) {
            body.put("enhancedRightsCategory", category);
        }
        return body;
    }

    private int tellOfficer(ApiClient officer, String reference, Map<String, Object> needsAssessment) {
        Map<String, Object> answers = new HashMap<>(Map.of("toldOn", "2023-11-02", "method", "PHONE",
                "regularUpdatesDeclined", true));
        if (needsAssessment != null) {
            answers.put("needsAssessment", needsAssessment);
        }
        return officer.post("/api/tasks/" + task(reference, "Task_TellVictimOfficer").getId() + "/complete", answers)
                .status();
    }

    private static void assertCell(JsonNode cell, int due, int met, int late, int notRecorded) {
        assertThat(cell.path("due").asInt()).as("due").isEqualTo(due);
        assertThat(cell.path("metOnTime").asInt()).as("met").isEqualTo(met);
        assertThat(cell.path("metLate").asInt()).as("late").isEqualTo(late);
        assertThat(cell.path("notRecorded").asInt()).as("not recorded").isEqualTo(notRecorded);
        assertThat(cell.path("notMet").asInt()).isZero();
    }

    private static JsonNode line(JsonNode report, String id) {
        return StreamSupport.stream(report.path("rights").spliterator(), false)
                .filter(r -> id.equals(r.path("id").asText())).findFirst().orElseThrow();
    }

    private static String needs(String reference) {
        return "/api/fraud/cases/" + reference + "/needs";
    }

    /** A dissemination reported the day before, allocated to ecu.officer at triage. */
    private String allocatedToEcuOfficer() {
        return journey.allocatedTo(journey.received(LocalDate.parse("2023-10-31"), "Ada Lovelace"), "ecu.officer");
    }

    private Task task(String reference, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey)
                .singleResult();
    }
}
