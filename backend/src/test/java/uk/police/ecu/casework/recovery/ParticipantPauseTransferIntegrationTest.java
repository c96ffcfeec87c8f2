package uk.police.ecu.casework.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/** Pausing, resuming and moving an enrolled participant to another area, over HTTP. */
@IntegrationTest
class ParticipantPauseTransferIntegrationTest {

    @Autowired
    ProgrammeCalendar calendar;

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    private LocalDate today;
    private ApiClient officer;
    private ApiClient drugWorker;

    @BeforeEach
    void signIn() {
        today = calendar.today();
        officer = ApiClient.signedIn(port, "o2r.officer");
        drugWorker = ApiClient.signedIn(port, "drug.worker");
    }

    @Test
    void shouldPauseAndResume_showingThePauseOnTheParticipant_andAuditBoth() {
        String reference = enrolled();

        assertThat(drugWorker.post(path(reference, "pause"), Map.of("reason", "HOSPITAL", "startedOn", today.toString(),
                "notes", "Admitted to City Hospital")).status()).isEqualTo(204);
        JsonNode pause = officer.get("/api/recovery/participants/" + reference).json().get("pauses").get(0);
        assertThat(pause.get("reason").asText()).isEqualTo("HOSPITAL");
        assertThat(pause.hasNonNull("endedOn")).as("still paused").isFalse();
        assertThat(officer.post(path(reference, "resume"), Map.of("resumedOn", today.toString())).status()).isEqualTo(204);

        JsonNode detail = officer.get("/api/recovery/participants/" + reference).json();
        assertThat(detail.get("pauses").get(0).get("endedOn").asText()).isEqualTo(today.toString());
        assertThat(detail.get("pauses").get(0).get("resumedBy").asText()).isEqualTo("o2r.officer");
        assertThat(detail.path("daysPaused").asLong()).isZero();
        assertThat(detail.get("enrolment").get("programmeEndsOn").asText()).isEqualTo(today.plusMonths(12).toString());
        assertThat(audited(reference, "paused")).isEqualTo(1);
        assertThat(audited(reference, "resumed")).isEqualTo(1);
    }

    @Test
    void shouldEndAnOpenPauseOnTheExitDate_whenTheParticipantLeavesWhilePaused() {
        String reference = enrolled();
        assertThat(officer.post(path(reference, "pause"), Map.of("reason", "CUSTODY", "startedOn", today.toString()))
                .status()).isEqualTo(204);

        assertThat(officer.post(path(reference, "exit"), Map.of("reason", "CUSTODY", "exitDate", today.toString(),
                "notes", "Sentenced to two years")).status()).isEqualTo(204);

        JsonNode pause = officer.get("/api/recovery/participants/" + reference).json().get("pauses").get(0);
        assertThat(pause.get("endedOn").asText()).as("nobody stays paused on a programme they left")
                .isEqualTo(today.toString());
        assertThat(pause.get("resumedBy").asText()).isEqualTo(RecordExitDelegate.ENDED_BY_EXIT);
        assertThat(jdbc.sql("SELECT count(*) FROM o2r_participant_pause WHERE participant = ? AND ended_on IS NULL")
                .param(reference).query(Long.class).single()).isZero();
    }

    @Test
    void shouldRefusePausesThatCannotBe_withClearErrors() {
        String reference = enrolled();

        ApiClient.Response future = officer.post(path(reference, "pause"),
                Map.of("reason", "CUSTODY", "startedOn", today.plusDays(1).toString()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("The pause cannot start in the future");
        ApiClient.Response beforeEnrolment = officer.post(path(reference, "pause"),
                Map.of("reason", "CUSTODY", "startedOn", today.minusDays(1).toString()));
        assertThat(beforeEnrolment.status()).isEqualTo(400);
        assertThat(beforeEnrolment.body()).contains("The pause cannot start before the enrolment date");
        assertThat(officer.post(path(reference, "resume"), Map.of("resumedOn", today.toString())).body())
                .contains("The participant's programme is not paused");

        officer.post(path(reference, "pause"), Map.of("reason", "CUSTODY", "startedOn", today.toString()));
        ApiClient.Response twice = officer.post(path(reference, "pause"),
                Map.of("reason", "OTHER", "startedOn", today.toString()));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("already paused");
        ApiClient.Response resumeBeforeStart = officer.post(path(reference, "resume"),
                Map.of("resumedOn", today.minusDays(1).toString()));
        assertThat(resumeBeforeStart.status()).isEqualTo(400);
        assertThat(resumeBeforeStart.body()).contains("The resume date cannot be before the pause started");
    }

    @Test
    void shouldHandTheParticipantAndOpenTasksToTheNewArea_andShutTheOldAreasDrugWorkersOut() {
        ApiClient admin = ApiClient.signedIn(port, "admin");
        ApiClient coventryWorker = ApiClient.signedIn(port, "drug.worker.coventry");
        String reference = enrolled();
        assertThat(coventryWorker.get("/api/recovery/participants/" + reference).status()).isEqualTo(403);
        assertThat(officer.post(path(reference, "transfer"), transfer("coventry")).body())
                .contains("Coventry is not live on the programme");

        admin.send("PUT", "/api/recovery/local-authorities/coventry",
                Map.of("status", "LIVE", "liveFrom", today.minusYears(1).toString()));
        try {
            ApiClient.Response oldAreasWorker = officer.post(path(reference, "transfer"), Map.of("localAuthority",
                    "coventry", "transferredOn", today.toString(), "keyWorker", "drug.worker"));
            assertThat(oldAreasWorker.status()).isEqualTo(400);
            assertThat(oldAreasWorker.json().at("/fieldErrors/0/field").asText()).isEqualTo("keyWorker");
            assertThat(officer.post(path(reference, "transfer"), transfer("coventry")).status()).isEqualTo(204);

            JsonNode detail = coventryWorker.get("/api/recovery/participants/" + reference).json();
            assertThat(detail.get("localAuthority").asText()).isEqualTo("coventry");
            assertThat(detail.at("/enrolment/keyWorker").asText()).isEqualTo("drug.worker.coventry");
            assertThat(detail.get("areaHistory")).extracting(a -> a.get("localAuthority").asText())
                    .containsExactly("birmingham", "coventry");
            assertThat(detail.get("areaHistory").get(0).get("toOn").asText()).isEqualTo(today.toString());
            assertThat(drugWorker.get("/api/recovery/participants/" + reference).status()).isEqualTo(403);
            String reviewTask = tasks.createTaskQuery().processInstanceBusinessKey(reference)
                    .taskDefinitionKey("Task_ProgrammeReview").singleResult().getId();
            assertThat(tasks.getIdentityLinksForTask(reviewTask)).extracting(IdentityLink::getGroupId)
                    .contains("cgl-coventry").doesNotContain("cgl-birmingham");
            assertThat(audited(reference, "transferredTo")).isEqualTo(1);
            assertThat(coventryWorker.post(path(reference, "transfer"), transfer("coventry")).body())
                    .contains("The participant is already in Coventry");
        } finally {
            Map<String, Object> notStarted = new HashMap<>();
            notStarted.put("status", "NOT_STARTED");
            notStarted.put("liveFrom", null);
            admin.send("PUT", "/api/recovery/local-authorities/coventry", notStarted);
        }
    }

    private Map<String, Object> transfer(String area) {
        return Map.of("localAuthority", area, "transferredOn", today.toString(), "keyWorker", "drug.worker." + area);
    }

    private long audited(String reference, String detail) {
        return jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE operation = 'ALTERATION' AND record_type = 'o2r-participant'
                  AND ? = ANY (record_ids) AND details ->> ? IS NOT NULL""").param(reference).param(detail)
                .query(Long.class).single();
    }

    private static String path(String reference, String action) {
        return "/api/recovery/participants/" + reference + "/" + action;
    }

    private String enrolled() {
        List<Map<String, Object>> offences = List.of(
                Map.of("offenceDate", today.minusDays(5).toString(), "valueStolenGbp", 20, "retailer", "Corner Shop"),
                Map.of("offenceDate", today.minusDays(45).toString(), "valueStolenGbp", 20, "retailer", "Corner Shop"),
                Map.of("offenceDate", today.minusDays(85).toString(), "valueStolenGbp", 20, "retailer", "Corner Shop"));
        String reference = officer.post("/api/recovery/participants", Map.of("name",
                        "Moving Person " + UUID.randomUUID().toString().substring(0, 8), "dateOfBirth", "1984-02-03",
                        "localAuthority", "birmingham", "referralSource", "OFFICER", "substanceMisuse", "DRUGS",
                        "offences", offences))
                .json().get("reference").asText();
        work(officer, reference, "Task_JointAssessment", Map.of("willingToEngage", true, "consentToTreatment", true,
                "consentToInformationSharing", true));
        work(drugWorker, reference, "Task_Enrolment", Map.of("enrolmentDate", today.toString(), "keyWorker", "drug.worker",
                "firstStage", Map.of("stage", "COMMUNITY_TREATMENT", "stageDate", today.toString())));
        return reference;
    }

    private void work(ApiClient client, String reference, String taskKey, Map<String, Object> answers) {
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey)
                .singleResult().getId();
        client.post("/api/tasks/" + taskId + "/claim");
        assertThat(client.post("/api/tasks/" + taskId + "/complete", answers).status()).as(taskKey).isEqualTo(204);
    }
}
