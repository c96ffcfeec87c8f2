package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.ecu.casework.fraud.FraudJourney.at;
import static uk.police.ecu.casework.fraud.FraudJourney.fields;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * Gaps in the agreed update frequency found on review (issue 24), through the API with known dates: a change of
 * frequency re-times an update already open (and its clock), and a victim who opts out after an update was late
 * keeps that breach on the SLA dashboard and in the Victims' Code report.
 */
@IntegrationTest
class AgreedUpdateGapsIntegrationTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String SLA = "regular-victim-update";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;

    private FraudJourney journey;

    @BeforeEach
    void setUp() {
        journey = new FraudJourney(port, "NFRC-AG");
    }

    @AfterEach
    void cleanUp() {
        journey.endProcesses(runtime);
        ClockUtil.reset();
    }

    @Test
    void shouldReTimeAnUpdateAlreadyOpenFromTheLastAgreement_whenTheFrequencyChanges() {
        at("2023-03-01T10:00");
        String reference = allocatedToEcuOfficer("2023-02-27");
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        assertThat(officer.post("/api/tasks/" + taskId(reference, "Task_TellVictimOfficer") + "/complete",
                Map.of("toldOn", "2023-03-01", "method", "PHONE", "updateEveryDays", 28, "updateMethod", "PHONE"))
                .status()).isEqualTo(204);
        // The task appears a week before the update is due (29 March).
        at("2023-03-22T09:00");
        management.executeJob(timer(reference).getId());
        assertThat(taskDue(reference)).isEqualTo(endOf("2023-03-29"));
        assertThat(clockDue(reference)).isEqualTo(endOf("2023-03-29"));

        // The victim asks for a little more time between updates: the open update is now due 30 days after the
        // agreement, and its clock with it.
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        ApiClient.Response later = change(supervisor, reference, 30, "Victim is away until April");
        assertThat(later.status()).isEqualTo(200);
        assertThat(later.json().path("nextDueOn").asText()).isEqualTo("2023-03-31");
        assertThat(taskDue(reference)).isEqualTo(endOf("2023-03-31"));
        assertThat(clockDue(reference)).isEqualTo(endOf("2023-03-31"));
        assertThat(clockResult(reference)).isEqualTo("OPEN");

        // Then fortnightly: 14 days after the agreement was 15 March, already past, so the update is late at once.
        at("2023-03-23T09:00");
        assertThat(change(supervisor, reference, 14, "Victim wants to hear more often").status()).isEqualTo(200);
        assertThat(taskDue(reference)).isEqualTo(endOf("2023-03-15"));
        assertThat(clockDue(reference)).isEqualTo(endOf("2023-03-15"));
        assertThat(clockResult(reference)).as("due before now: breached at once").isEqualTo("BREACHED");

        // A later change cannot undo that breach.
        assertThat(change(supervisor, reference, 60, "Victim wants fewer calls").status()).isEqualTo(200);
        assertThat(taskDue(reference)).isEqualTo(endOf("2023-04-30"));
        assertThat(clockDue(reference)).as("a breach stands").isEqualTo(endOf("2023-03-15"));
        assertThat(clockResult(reference)).isEqualTo("BREACHED");
    }

    @Test
    void shouldKeepTheBreachOnTheDashboardAndReport_whenTheVictimOptsOutAfterTheUpdateWasLate() {
        at("2023-06-01T10:00");
        String reference = allocatedToEcuOfficer("2023-05-30");
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        assertThat(officer.post("/api/tasks/" + taskId(reference, "Task_TellVictimOfficer") + "/complete",
                Map.of("toldOn", "2023-06-01", "method", "PHONE", "updateEveryDays", 7, "updateMethod", "PHONE"))
                .status()).isEqualTo(204);
        management.executeJob(timer(reference).getId());
        assertThat(clockDue(reference)).isEqualTo(endOf("2023-06-08"));

        // Two days after the update was due, the officer reaches the victim, who says they want no more updates.
        at("2023-06-10T11:00");
        assertThat(officer.post("/api/tasks/" + taskId(reference, "Task_UpdateVictim") + "/complete",
                Map.of("outcome", "VICTIM_OPTED_OUT", "optedOutOn", "2023-06-10")).status()).isEqualTo(204);
        assertThat(clockResult(reference)).isEqualTo("OPTED_OUT");

        ApiClient analyst = ApiClient.signedIn(port, "analyst");
        JsonNode dashboard = analyst.get("/api/sla/dashboard?from=2023-06-01&to=2023-06-30").json();
        JsonNode compliance = StreamSupport.stream(dashboard.path("compliance").spliterator(), false)
                .filter(c -> SLA.equals(c.path("slaId").asText())).findFirst().orElseThrow();
        assertThat(compliance.path("breached").asInt()).as("the late update is still a breach").isEqualTo(1);
        assertThat(compliance.path("met").asInt()).isZero();
        JsonNode week = StreamSupport.stream(dashboard.path("weeklyBreaches").spliterator(), false)
                .filter(w -> "2023-06-05".equals(w.path("weekStarting").asText())).findFirst().orElseThrow();
        assertThat(week.path("breaches").asInt()).isEqualTo(1);

        JsonNode notMet = analyst.get("/api/sla/victims-code/cases?right=" + SLA + "@VC2020&month=2023-06&status=NOT_MET")
                .json();
        JsonNode line = StreamSupport.stream(notMet.spliterator(), false)
                .filter(c -> reference.equals(c.path("caseReference").asText())).findFirst().orElseThrow();
        assertThat(line.path("reason").asText()).isEqualTo("Victim opted out of updates, after the limit had passed");
    }

    @Test
    void shouldAskForTheFrequencyWhenTellingTheVictim_orTheirExplicitChoiceOfNoRegularUpdates() {
        at("2023-09-01T10:00");
        String reference = allocatedToEcuOfficer("2023-08-30");
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String tell = taskId(reference, "Task_TellVictimOfficer");

        ApiClient.Response none = officer.post("/api/tasks/" + tell + "/complete",
                Map.of("toldOn", "2023-09-01", "method", "PHONE"));
        assertThat(none.status()).isEqualTo(400);
        assertThat(fields(none)).containsExactlyInAnyOrder("updateEveryDays", "updateMethod");
        ApiClient.Response both = officer.post("/api/tasks/" + tell + "/complete", Map.of("toldOn", "2023-09-01",
                "method", "PHONE", "updateEveryDays", 7, "updateMethod", "PHONE", "regularUpdatesDeclined", true));
        assertThat(both.status()).isEqualTo(400);
        assertThat(fields(both)).containsExactly("updateEveryDays");

        assertThat(officer.post("/api/tasks/" + tell + "/complete", Map.of("toldOn", "2023-09-01",
                "method", "PHONE", "regularUpdatesDeclined", true)).status()).isEqualTo(204);
        JsonNode declined = officer.get("/api/fraud/cases/" + reference + "/update-frequency").json();
        assertThat(declined.path("status").asText()).isEqualTo("DECLINED");
        assertThat(declined.path("canChange").asBoolean()).as("they may agree one later").isTrue();
        assertThat(timer(reference)).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM sla_clock WHERE case_reference = ? AND sla_id = ?")
                .params(reference, SLA).query(Integer.class).single()).as("no update is timed").isZero();

        // The victim changes their mind a week later: monthly letters, the first due 28 days from then.
        at("2023-09-08T10:00");
        ApiClient.Response agreed = officer.send("PUT", "/api/fraud/cases/" + reference + "/update-frequency",
                Map.of("everyDays", 28, "method", "LETTER", "reason", "Victim now wants monthly letters"));
        assertThat(agreed.status()).isEqualTo(200);
        assertThat(agreed.json().path("status").asText()).isEqualTo("AGREED");
        assertThat(agreed.json().path("nextDueOn").asText()).isEqualTo("2023-10-06");
    }

    @Test
    void shouldCountAVictimToldWithoutAnyFrequencyAsNotRecorded_neverMet() {
        at("2023-11-02T10:00");
        String reference = allocatedToEcuOfficer("2023-10-30");
        // Recorded before the frequency was required: told who their officer is, with no frequency and no choice.
        jdbc.sql("INSERT INTO victim_update (crime_reference, update_type, outcome, told_on, method, recorded_by, "
                        + "recorded_at) VALUES (?, 'OFFICER_NAMED', 'TOLD', ?, 'PHONE', 'ecu.officer', now())")
                .params(reference, LocalDate.parse("2023-11-02")).update();

        ApiClient analyst = ApiClient.signedIn(port, "analyst");
        JsonNode report = analyst.get("/api/sla/victims-code?from=2023-11&to=2023-11").json();
        JsonNode month = StreamSupport.stream(report.path("rights").spliterator(), false)
                .filter(r -> (SLA + "@VC2020").equals(r.path("id").asText())).findFirst().orElseThrow()
                .path("months").get(0);
        assertThat(month.path("notRecorded").asInt()).isEqualTo(1);
        assertThat(month.path("metOnTime").asInt()).isZero();
        JsonNode cases = analyst.get("/api/sla/victims-code/cases?right=" + SLA
                + "@VC2020&month=2023-11&status=NOT_RECORDED").json();
        assertThat(StreamSupport.stream(cases.spliterator(), false)
                .filter(c -> reference.equals(c.path("caseReference").asText()))
                .map(c -> c.path("reason").asText()).toList())
                .containsExactly("Told who their officer is, but no update frequency was recorded");
        JsonNode area = analyst.get("/api/sla/victims-code/cases?right=area:TIMELY_UPDATES&month=2023-11"
                + "&status=NOT_RECORDED").json();
        assertThat(StreamSupport.stream(area.spliterator(), false).map(c -> c.path("caseReference").asText()))
                .contains(reference);

        // Once a frequency is agreed with the victim, the case is no longer "not recorded".
        assertThat(ApiClient.signedIn(port, "ecu.officer").post("/api/tasks/"
                + taskId(reference, "Task_TellVictimOfficer") + "/complete", Map.of("toldOn", "2023-11-02",
                "method", "PHONE", "updateEveryDays", 14, "updateMethod", "PHONE")).status()).isEqualTo(204);
        JsonNode after = analyst.get("/api/sla/victims-code/cases?right=" + SLA
                + "@VC2020&month=2023-11&status=NOT_RECORDED").json();
        assertThat(StreamSupport.stream(after.spliterator(), false).map(c -> c.path("caseReference").asText()))
                .doesNotContain(reference);
    }

    private ApiClient.Response change(ApiClient user, String reference, int everyDays, String reason) {
        return user.send("PUT", "/api/fraud/cases/" + reference + "/update-frequency",
                Map.of("everyDays", everyDays, "method", "PHONE", "reason", reason));
    }

    /** A dissemination allocated to ecu.officer at triage: the victim is to be told who their officer is. */
    private String allocatedToEcuOfficer(String reportedDate) {
        return journey.allocatedTo(journey.received(LocalDate.parse(reportedDate), "Mary Somerville"), "ecu.officer");
    }

    private String taskId(String reference, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey)
                .singleResult().getId();
    }

    private Instant taskDue(String reference) {
        return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_UpdateVictim")
                .singleResult().getDueDate().toInstant();
    }

    private Instant clockDue(String reference) {
        return jdbc.sql("SELECT due_at FROM sla_clock WHERE case_reference = ? AND sla_id = ?")
                .params(reference, SLA).query(OffsetDateTime.class).single().toInstant();
    }

    private String clockResult(String reference) {
        return jdbc.sql("SELECT result FROM sla_clock WHERE case_reference = ? AND sla_id = ?")
                .params(reference, SLA).query(String.class).single();
    }

    private Job timer(String reference) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey("fraud-triage").singleResult().getId();
        return management.createJobQuery().processInstanceId(instance).activityId("Timer_UpdateDue").singleResult();
    }

    private static Instant endOf(String day) {
        return LocalDate.parse(day).atTime(23, 59, 59).atZone(LONDON).toInstant();
    }
}
