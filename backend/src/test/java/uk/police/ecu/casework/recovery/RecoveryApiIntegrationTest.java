package uk.police.ecu.casework.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/** The participant API and its forms, as each role sees them, over HTTP. */
@IntegrationTest
class RecoveryApiIntegrationTest {

    @Autowired
    ProgrammeCalendar calendar;
    private LocalDate today;

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    private ApiClient officer;
    private ApiClient drugWorker;
    private String name;

    @BeforeEach
    void signIn() {
        today = calendar.today();
        officer = ApiClient.signedIn(port, "o2r.officer");
        drugWorker = ApiClient.signedIn(port, "drug.worker");
        name = "Api Person " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void shouldReferAnEligiblePersonAndShowThemToTheAreasTeams() {
        ApiClient.Response referred = officer.post("/api/recovery/participants", referral("birmingham", "1985-04-02", 3));

        assertThat(referred.status()).isEqualTo(201);
        assertThat(referred.json().get("status").asText()).isEqualTo("AWAITING_ASSESSMENT");
        String reference = referred.json().get("reference").asText();
        assertThat(reference).matches("O2R-\\d{6}");
        assertThat(drugWorker.get("/api/recovery/participants?q=" + name.replace(" ", "%20")).json()
                .get("participants").get(0).get("reference").asText()).isEqualTo(reference);
        JsonNode row = taskRow(drugWorker, "cgl-birmingham", reference);
        assertThat(row.get("subject").asText()).isEqualTo(name);
        assertThat(row.get("taskType").asText()).isEqualTo("Task_JointAssessment");
    }

    @Test
    void shouldRecordEveryReasonAnIneligibleReferralFails() {
        ApiClient.Response referred = officer.post("/api/recovery/participants", referral("coventry", "2012-01-01", 1));

        assertThat(referred.status()).isEqualTo(201);
        assertThat(referred.json().get("status").asText()).isEqualTo("INELIGIBLE");
        assertThat(referred.json().get("ineligibilityReasons")).extracting(JsonNode::asText)
                .containsExactly("UNDER_18", "TOO_FEW_SHOP_THEFT_OFFENCES", "AREA_NOT_LIVE");
    }

    @Test
    void shouldNameEachFieldThatIsWrongAndSaveNothing() {
        Map<String, Object> bad = Map.of("name", "", "localAuthority", "birmingham", "offences",
                List.of(Map.of("offenceDate", today.plusDays(3).toString(), "valueStolenGbp", -1)));

        ApiClient.Response response = officer.post("/api/recovery/participants", bad);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("fieldErrors")).extracting(e -> e.get("field").asText())
                .contains("name", "dateOfBirth", "referralSource", "substanceMisuse", "offences[0].offenceDate",
                        "offences[0].valueStolenGbp");
        ApiClient.Response unknownArea = officer.post("/api/recovery/participants", referralWithArea("atlantis"));
        assertThat(unknownArea.status()).isEqualTo(400);
        assertThat(unknownArea.json().get("fieldErrors").get(0).get("field").asText()).isEqualTo("localAuthority");
    }

    @Test
    void shouldRefuseADrugWorkerOfAnotherAreaAskingByReference_andAuditTheAttempt() {
        String reference = officer.post("/api/recovery/participants", referral("birmingham", "1985-04-02", 3))
                .json().get("reference").asText();
        ApiClient coventry = ApiClient.signedIn(port, "drug.worker.coventry");

        assertThat(coventry.get("/api/recovery/participants/" + reference).status()).isEqualTo(403);
        assertThat(coventry.get("/api/recovery/participants?q=" + reference).json().get("participants")).isEmpty();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE operation = 'ACCESS_REFUSED' AND username = 'drug.worker.coventry'
                  AND record_type = 'o2r-participant' AND ? = ANY (record_ids)""").param(reference)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(coventry.get("/api/recovery/participants/O2R-999999").status()).isEqualTo(404);
    }

    @Test
    void shouldKeepParticipantsFromAnalystsAndVictimCareAndKeepDrugWorkersFromFraudAndVictims() {
        String reference = officer.post("/api/recovery/participants", referral("birmingham", "1985-04-02", 3))
                .json().get("reference").asText();

        assertThat(ApiClient.signedIn(port, "analyst").get("/api/recovery/participants/" + reference).status())
                .isEqualTo(403);
        assertThat(ApiClient.signedIn(port, "victim.care").get("/api/recovery/participants/" + reference).status())
                .isEqualTo(403);
        assertThat(drugWorker.get("/api/fraud/cases/NFRC240101001").status()).isEqualTo(403);
        assertThat(ApiClient.signedIn(port, "analyst")
                .get("/api/recovery/evaluation?from=2025-01-01&to=2025-12-31").status()).isEqualTo(200);
    }

    @Test
    void shouldWorkTheFormsFromAssessmentToReview_andShowTreatmentNotesOnlyToDrugWorkers() {
        String reference = officer.post("/api/recovery/participants", referral("birmingham", "1985-04-02", 3))
                .json().get("reference").asText();

        work(officer, reference, "Task_JointAssessment", Map.of("willingToEngage", true, "consentToTreatment", true,
                "consentToInformationSharing", true, "notes", "Keen to start"));
        ApiClient.Response badEnrolment = submit(drugWorker, reference, "Task_Enrolment", Map.of(
                "enrolmentDate", today.toString(), "keyWorker", "drug.worker.coventry",
                "firstStage", Map.of("stage", "PRESCRIBING", "stageDate", today.toString())));
        assertThat(badEnrolment.status()).isEqualTo(400);
        assertThat(badEnrolment.json().get("fieldErrors")).extracting(e -> e.get("field").asText())
                .contains("keyWorker");
        work(drugWorker, reference, "Task_Enrolment", Map.of("enrolmentDate", today.toString(), "keyWorker", "drug.worker",
                "firstStage", Map.of("stage", "PRESCRIBING", "stageDate", today.toString(),
                        "medication", "LONG_ACTING_INJECTABLE_BUPRENORPHINE", "notes", "First injection given")));
        work(drugWorker, reference, "Task_ProgrammeReview", Map.of("engagement", "ATTENDED",
                "treatmentNotes", "Stable on Buvidal; no use reported"));
        work(officer, reference, "Task_OffendingReview", Map.of("newOffences", List.of()));
        assertThat(drugWorker.post("/api/recovery/participants/" + reference + "/pathway-stages",
                Map.of("stage", "REHAB_EARLY_DISCHARGE", "stageDate", today.toString())).json()
                .get("fieldErrors").get(0).get("field").asText()).isEqualTo("dischargeReason");
        assertThat(officer.post("/api/recovery/participants/" + reference + "/pathway-stages",
                Map.of("stage", "RESTORATIVE_MEETING", "stageDate", today.toString())).status()).isEqualTo(201);

        JsonNode asDrugWorker = drugWorker.get("/api/recovery/participants/" + reference + "?purpose=review").json();
        JsonNode asOfficer = officer.get("/api/recovery/participants/" + reference).json();
        assertThat(asDrugWorker.get("status").asText()).isEqualTo("ENROLLED");
        assertThat(asDrugWorker.get("reviews")).hasSize(2);
        assertThat(asDrugWorker.get("reviews").get(1).get("treatmentNotes").asText()).contains("Buvidal");
        assertThat(asDrugWorker.get("pathway").get(0).get("notes").asText()).isEqualTo("First injection given");
        assertThat(asOfficer.get("reviews").get(1).get("engagement").asText()).isEqualTo("ATTENDED");
        assertThat(asOfficer.get("reviews").get(1).has("treatmentNotes")).isFalse();
        assertThat(asOfficer.get("pathway").get(0).has("notes")).isFalse();
        assertThat(asOfficer.get("offences")).hasSize(3);
        assertThat(asOfficer.toString()).doesNotContain("Buvidal", "First injection");

        assertThat(officer.post("/api/recovery/participants/" + reference + "/exit",
                Map.of("reason", "CUSTODY", "exitDate", today.toString())).status()).isEqualTo(204);
        JsonNode exited = officer.get("/api/recovery/participants/" + reference).json();
        assertThat(exited.get("exit").get("reason").asText()).isEqualTo("CUSTODY");
        assertThat(exited.get("followUps")).hasSize(3);
    }

    @Test
    void shouldEndAReferralBeforeEnrolmentWithItsReason_shownOnTheParticipant_andNeverAsEnrolled() {
        String reference = officer.post("/api/recovery/participants", referral("birmingham", "1985-04-02", 3))
                .json().get("reference").asText();
        String path = "/api/recovery/participants/" + reference + "/leave-before-enrolment";

        assertThat(drugWorker.post(path, Map.of("date", today.toString())).json().get("fieldErrors"))
                .extracting(e -> e.get("field").asText()).contains("reason");
        assertThat(drugWorker.post(path, Map.of("reason", "NOT_ELIGIBLE_AFTER_ASSESSMENT", "date", today.toString(),
                "notes", "No current drug use found")).status()).isEqualTo(204);

        JsonNode shown = officer.get("/api/recovery/participants/" + reference).json();
        assertThat(shown.get("status").asText()).isEqualTo("LEFT_BEFORE_ENROLMENT");
        assertThat(shown.get("leftBeforeEnrolment").get("reason").asText()).isEqualTo("NOT_ELIGIBLE_AFTER_ASSESSMENT");
        assertThat(shown.get("leftBeforeEnrolment").get("notes").asText()).isEqualTo("No current drug use found");
        assertThat(shown.has("enrolment")).as("never enrolled").isFalse();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).count()).isZero();
        assertThat(drugWorker.post(path, Map.of("reason", "MOVED_AWAY", "date", today.toString())).status())
                .isEqualTo(409);
    }

    @Test
    void shouldCancelPlannedFollowUpsWhenAPersonDiesAfterExit_andPlanNoneAfterADeathDuringTheProgramme() {
        String left = enrolledThroughTheForms();
        assertThat(officer.post("/api/recovery/participants/" + left + "/exit",
                Map.of("reason", "MOVED_OUT_OF_AREA", "exitDate", today.toString())).status()).isEqualTo(204);
        String died = enrolledThroughTheForms();

        assertThat(officer.post("/api/recovery/participants/" + left + "/death",
                Map.of("diedOn", today.toString())).status()).isEqualTo(204);
        assertThat(drugWorker.post("/api/recovery/participants/" + died + "/death",
                Map.of("diedOn", today.toString(), "notes", "Told by family")).status()).isEqualTo(204);

        JsonNode afterExit = officer.get("/api/recovery/participants/" + left).json();
        assertThat(afterExit.get("diedOn").asText()).isEqualTo(today.toString());
        assertThat(afterExit.get("followUps")).hasSize(3)
                .allSatisfy(f -> assertThat(f.get("result").asText()).isEqualTo("CANCELLED"));
        JsonNode during = officer.get("/api/recovery/participants/" + died).json();
        assertThat(during.get("exit").get("reason").asText()).isEqualTo("DIED");
        assertThat(during.get("followUps")).isEmpty();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(died).count()).isZero();
    }

    @Test
    void shouldRecordAFollowUpAsNotTraced_withNothingKnownOfAbstinenceOrReoffending() {
        String reference = enrolledThroughTheForms();
        officer.post("/api/recovery/participants/" + reference + "/exit",
                Map.of("reason", "CUSTODY", "exitDate", today.toString()));
        String processId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult()
                .getId();
        management.executeJob(management.createJobQuery().processInstanceId(processId).singleResult().getId());

        ApiClient.Response mixed = submit(drugWorker, reference, "Task_FollowUp",
                Map.of("result", "NOT_TRACED", "abstinent", true));
        assertThat(mixed.status()).isEqualTo(400);
        assertThat(mixed.json().get("fieldErrors").get(0).get("field").asText()).isEqualTo("result");
        assertThat(submit(drugWorker, reference, "Task_FollowUp", Map.of("result", "FOLLOWED_UP")).json()
                .get("fieldErrors")).extracting(e -> e.get("field").asText()).contains("abstinent", "reoffended");
        work(drugWorker, reference, "Task_FollowUp", Map.of("result", "NOT_TRACED", "notes", "No fixed address"));

        JsonNode followUps = officer.get("/api/recovery/participants/" + reference).json().get("followUps");
        assertThat(followUps.get(0).get("result").asText()).isEqualTo("NOT_TRACED");
        assertThat(followUps.get(0).has("abstinent")).isFalse();
        assertThat(followUps.get(1).has("result")).as("the next follow-up is still planned").isFalse();
    }

    @Test
    void shouldAskForReEngagementAgainWhenTheProgrammeLengthIsReachedDuringIt_andCompleteOnlyIfItWorks() {
        String reference = enrolledThroughTheForms();
        for (int review = 0; review < 2; review++) {
            work(drugWorker, reference, "Task_ProgrammeReview", Map.of("engagement", "MISSED"));
            work(officer, reference, "Task_OffendingReview", Map.of("newOffences", List.of()));
        }
        String processId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult()
                .getId();

        management.executeJob(management.createJobQuery().processInstanceId(processId)
                .activityId("BoundaryEvent_ProgrammeEnded").singleResult().getId());

        assertThat(officer.get("/api/recovery/participants/" + reference).json().get("status").asText())
                .as("never completed during re-engagement").isEqualTo("ENROLLED");
        work(drugWorker, reference, "Task_ReEngagementAtProgrammeEnd",
                Map.of("reEngaged", true, "notes", "Back in touch through the hostel"));
        JsonNode completed = officer.get("/api/recovery/participants/" + reference).json();
        assertThat(completed.get("exit").get("reason").asText()).isEqualTo("COMPLETED");
        assertThat(completed.get("exit").get("exitDate").asText()).isEqualTo(today.plusMonths(12).toString());
    }

    private String enrolledThroughTheForms() {
        name = "Api Person " + UUID.randomUUID().toString().substring(0, 8);
        String reference = officer.post("/api/recovery/participants", referral("birmingham", "1985-04-02", 3))
                .json().get("reference").asText();
        work(officer, reference, "Task_JointAssessment", Map.of("willingToEngage", true, "consentToTreatment", true,
                "consentToInformationSharing", true));
        work(drugWorker, reference, "Task_Enrolment", Map.of("enrolmentDate", today.toString(), "keyWorker", "drug.worker",
                "firstStage", Map.of("stage", "COMMUNITY_TREATMENT", "stageDate", today.toString())));
        return reference;
    }

    @Test
    void shouldLetOnlyAnAdministratorSetWhenAnAreaGoesLive_andAuditIt() {
        ApiClient admin = ApiClient.signedIn(port, "admin");
        String day = "2031-01-0" + (1 + (int) (Math.random() * 8));

        ApiClient.Response changed = admin.send("PUT", "/api/recovery/local-authorities/wolverhampton",
                Map.of("liveFrom", day));
        try {
            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.json().get("liveFrom").asText()).isEqualTo(day);
            assertThat(changed.json().get("liveToday").asBoolean()).isFalse();
            assertThat(officer.send("PUT", "/api/recovery/local-authorities/wolverhampton", Map.of("liveFrom", day))
                    .status()).isEqualTo(403);
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM audit_event WHERE operation = 'ALTERATION' AND username = 'admin'
                      AND record_type = 'o2r-local-authority' AND details ->> 'liveFrom' = ?""").param(day)
                    .query(Long.class).single()).isEqualTo(1);
        } finally {
            admin.send("PUT", "/api/recovery/local-authorities/wolverhampton", java.util.Collections.singletonMap("liveFrom", null));
        }
        assertThat(officer.get("/api/recovery/local-authorities").json()).hasSize(7);
    }

    private void work(ApiClient client, String reference, String taskKey, Map<String, Object> answers) {
        ApiClient.Response response = submit(client, reference, taskKey, answers);
        assertThat(response.status()).as(taskKey + ": " + response.body()).isEqualTo(204);
    }

    private ApiClient.Response submit(ApiClient client, String reference, String taskKey, Map<String, Object> answers) {
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey)
                .singleResult().getId();
        client.post("/api/tasks/" + taskId + "/claim");
        return client.post("/api/tasks/" + taskId + "/complete", answers);
    }

    private static JsonNode taskRow(ApiClient client, String queue, String reference) {
        for (JsonNode row : client.get("/api/tasks?queue=" + queue + "&size=200").json().get("tasks")) {
            if (reference.equals(row.get("caseReference").asText())) {
                return row;
            }
        }
        throw new AssertionError("No task row for " + reference + " in " + queue);
    }

    private Map<String, Object> referral(String area, String born, int offences) {
        List<Map<String, Object>> recent = new java.util.ArrayList<>();
        for (int i = 0; i < offences; i++) {
            recent.add(Map.of("offenceDate", today.minusDays(5L + 40L * i).toString(), "valueStolenGbp", 35.99,
                    "retailer", "High Street Chemist"));
        }
        return Map.of("name", name, "dateOfBirth", born, "localAuthority", area, "referralSource", "OFFICER",
                "substanceMisuse", "DRUGS", "weeklyDrugSpendGbp", 280, "offences", recent, "notes", "Seen in custody");
    }

    private Map<String, Object> referralWithArea(String area) {
        return referral(area, "1985-04-02", 3);
    }
}
