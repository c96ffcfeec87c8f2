package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.ecu.casework.fraud.FraudJourney.at;
import static uk.police.ecu.casework.fraud.FraudJourney.references;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
 * The victim's agreed update frequency through the API, as the officer in charge and a supervisor use it:
 * agreed when the victim is told who their officer is, shown and changed on the case page (audited, on the
 * timeline), each update timed at it, and counted in the Victims' Code compliance report as agreed with the
 * victim, not Code law.
 */
@IntegrationTest
class AgreedUpdatesIntegrationTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String RIGHT = "regular-victim-update@VC2020";

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
        journey = new FraudJourney(port, "NFRC-AU");
    }

    @AfterEach
    void cleanUp() {
        journey.endProcesses(runtime);
        ClockUtil.reset();
    }

    @Test
    void shouldAgreeTheFrequencyWhenTellingTheVictim_changeIt_andCountALateUpdateAsMetLate() {
        at("2025-09-01T10:00");
        String reference = allocatedToEcuOfficer();
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String tell = taskId(reference, "Task_TellVictimOfficer");

        ApiClient.Response tooOften = officer.post("/api/tasks/" + tell + "/complete", Map.of("toldOn", "2025-09-01",
                "method", "PHONE", "updateEveryDays", 0, "updateMethod", "PHONE"));
        assertThat(tooOften.status()).isEqualTo(400);
        assertThat(tooOften.json().at("/fieldErrors/0/field").asText()).isEqualTo("updateEveryDays");
        assertThat(officer.post("/api/tasks/" + tell + "/complete", Map.of("toldOn", "2025-09-01", "method", "PHONE",
                "updateEveryDays", 28, "updateMethod", "EMAIL")).status()).isEqualTo(204);

        JsonNode agreed = officer.get("/api/fraud/cases/" + reference + "/update-frequency").json();
        assertThat(agreed.path("status").asText()).isEqualTo("AGREED");
        assertThat(agreed.path("everyDays").asInt()).isEqualTo(28);
        assertThat(agreed.path("method").asText()).isEqualTo("EMAIL");
        assertThat(agreed.path("nextDueOn").asText()).isEqualTo("2025-09-29");
        assertThat(agreed.path("canChange").asBoolean()).isTrue();

        // The victim asks for fortnightly calls: the next update is re-timed from the agreement.
        long lastAudit = lastAuditId();
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        ApiClient.Response noReason = supervisor.send("PUT", "/api/fraud/cases/" + reference + "/update-frequency",
                Map.of("everyDays", 14, "method", "PHONE"));
        assertThat(noReason.status()).isEqualTo(400);
        ApiClient.Response changed = supervisor.send("PUT", "/api/fraud/cases/" + reference + "/update-frequency",
                Map.of("everyDays", 14, "method", "PHONE", "reason", "Victim asked for fortnightly calls"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("nextDueOn").asText()).isEqualTo("2025-09-15");
        assertThat(timer(reference).getDuedate().toInstant())
                .isEqualTo(LocalDate.parse("2025-09-12").atStartOfDay(LONDON).toInstant());
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE id > ? AND operation = 'ALTERATION'
                        AND record_type = 'victim-update-agreement' AND record_ids[1] = ?""")
                .params(lastAudit, reference).query(Integer.class).single()).isEqualTo(1);
        JsonNode history = officer.get("/api/fraud/cases/" + reference).json().path("history");
        assertThat(StreamSupport.stream(history.spliterator(), false).map(e -> e.path("what").asText()))
                .contains("Victim agreed to be updated: every 28 days by Email",
                        "How often the victim is updated changed: every 14 days by Phone");

        // The update falls due; the officer gives it a day late.
        at("2025-09-12T09:00");
        management.executeJob(timer(reference).getId());
        String update = taskId(reference, "Task_UpdateVictim");
        at("2025-09-16T10:00");
        assertThat(officer.post("/api/tasks/" + update + "/complete",
                Map.of("toldOn", "2025-09-16", "method", "PHONE")).status()).isEqualTo(204);

        assertThat(jdbc.sql("SELECT result FROM sla_clock WHERE case_reference = ? AND sla_id = 'regular-victim-update'")
                .param(reference).query(String.class).single()).isEqualTo("MET_LATE");
        ApiClient analyst = ApiClient.signedIn(port, "analyst");
        JsonNode report = analyst.get("/api/sla/victims-code?from=2025-09&to=2025-09").json();
        JsonNode line = StreamSupport.stream(report.path("rights").spliterator(), false)
                .filter(r -> RIGHT.equals(r.path("id").asText())).findFirst().orElseThrow();
        assertThat(line.path("name").asText()).isEqualTo("Regular updates at the agreed frequency");
        assertThat(line.path("localStandard").asBoolean()).as("agreed with the victim, not Code law").isTrue();
        assertThat(line.path("months").get(0).path("metLate").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(references(analyst.get("/api/sla/victims-code/cases?right=" + RIGHT
                + "&month=2025-09&status=MET_LATE").json())).contains(reference);
        // The next is due 14 days after the update given on 16 September.
        assertThat(officer.get("/api/fraud/cases/" + reference + "/update-frequency").json().path("nextDueOn")
                .asText()).isEqualTo("2025-09-30");
    }

    @Test
    void shouldEndTheUpdateClockAsOptedOut_andStopTheUpdates() {
        at("2025-09-01T10:00");
        String reference = allocatedToEcuOfficer();
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        assertThat(officer.post("/api/tasks/" + taskId(reference, "Task_TellVictimOfficer") + "/complete",
                Map.of("toldOn", "2025-09-01", "method", "PHONE", "updateEveryDays", 7, "updateMethod", "PHONE"))
                .status()).isEqualTo(204);
        management.executeJob(timer(reference).getId());

        assertThat(officer.post("/api/tasks/" + taskId(reference, "Task_UpdateVictim") + "/complete",
                Map.of("outcome", "VICTIM_OPTED_OUT", "optedOutOn", "2025-09-01")).status()).isEqualTo(204);

        assertThat(jdbc.sql("SELECT result FROM sla_clock WHERE case_reference = ? AND sla_id = 'regular-victim-update'")
                .param(reference).query(String.class).single()).isEqualTo("OPTED_OUT");
        assertThat(timer(reference)).as("no further update falls due").isNull();
        assertThat(officer.get("/api/fraud/cases/" + reference + "/update-frequency").json().path("status").asText())
                .isEqualTo("OPTED_OUT");
        assertThat(officer.send("PUT", "/api/fraud/cases/" + reference + "/update-frequency",
                Map.of("everyDays", 14, "method", "PHONE", "reason", "Changed mind")).status()).isEqualTo(409);
    }

    @Test
    void shouldTimeNoUpdatesForAVictimWhoCouldNotBeReached_untilTheyAgreeAFrequencyLater() {
        at("2025-09-01T10:00");
        String reference = allocatedToEcuOfficer();
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        assertThat(officer.send("PUT", "/api/fraud/cases/" + reference + "/update-frequency",
                Map.of("everyDays", 14, "method", "PHONE", "reason", "Too early")).status())
                .as("agreed when the victim is told who their officer is, not before").isEqualTo(409);

        assertThat(officer.post("/api/tasks/" + taskId(reference, "Task_TellVictimOfficer") + "/complete",
                Map.of("outcome", "COULD_NOT_REACH", "attempts", List.of(Map.of("attemptedOn", "2025-09-01",
                        "method", "PHONE")))).status()).isEqualTo(204);

        assertThat(timer(reference)).isNull();
        JsonNode frequency = officer.get("/api/fraud/cases/" + reference + "/update-frequency").json();
        assertThat(frequency.path("status").asText()).isEqualTo("UNREACHABLE");
        assertThat(frequency.path("canChange").asBoolean()).as("a frequency can be agreed later").isTrue();

        // The victim calls back on 5 September and asks for fortnightly calls: the updates are timed from then.
        at("2025-09-05T14:00");
        ApiClient.Response agreed = officer.send("PUT", "/api/fraud/cases/" + reference + "/update-frequency",
                Map.of("everyDays", 14, "method", "PHONE", "reason", "Victim called back"));
        assertThat(agreed.status()).isEqualTo(200);
        assertThat(agreed.json().path("status").asText()).isEqualTo("AGREED");
        assertThat(agreed.json().path("nextDueOn").asText()).isEqualTo("2025-09-19");
        assertThat(timer(reference).getDuedate().toInstant())
                .isEqualTo(LocalDate.parse("2025-09-16").atStartOfDay(LONDON).toInstant());
    }

    @Test
    void shouldRefuseAChangeFromAnOfficerWhoIsNotInChargeOfTheCase() {
        at("2025-09-01T10:00");
        String reference = allocatedToEcuOfficer();
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        officer.post("/api/tasks/" + taskId(reference, "Task_TellVictimOfficer") + "/complete",
                Map.of("toldOn", "2025-09-01", "method", "PHONE", "updateEveryDays", 7, "updateMethod", "PHONE"));

        ApiClient other = ApiClient.signedIn(port, "ecu.officer2");
        ApiClient.Response refused = other.send("PUT", "/api/fraud/cases/" + reference + "/update-frequency",
                Map.of("everyDays", 14, "method", "PHONE", "reason", "Not mine to change"));

        assertThat(refused.status()).isIn(403, 404);
        assertThat(jdbc.sql("SELECT count(*) FROM victim_update_agreement WHERE crime_reference = ?")
                .param(reference).query(Integer.class).single()).isEqualTo(1);
    }

    /** A dissemination allocated to ecu.officer at triage: the victim is to be told who their officer is. */
    private String allocatedToEcuOfficer() {
        return journey.allocatedTo(journey.received(LocalDate.parse("2025-08-28"), "Rosalind Franklin"), "ecu.officer");
    }

    private String taskId(String reference, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey)
                .singleResult().getId();
    }

    private Job timer(String reference) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey("fraud-triage").singleResult().getId();
        return management.createJobQuery().processInstanceId(instance).activityId("Timer_UpdateDue").singleResult();
    }

    private long lastAuditId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
    }
}
