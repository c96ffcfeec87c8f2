package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * The victim's communication needs on a fraud case: recorded once on the case by its officer, shown on every
 * task that tells the victim something, audited, refused to those with no reason to see the case, and erased
 * with the case's personal data.
 */
@IntegrationTest
class CommunicationNeedsIntegrationTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    CasePersonalDataRepository personalData;

    private final List<String> started = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        for (String reference : started) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
                    .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test over"));
        }
    }

    @Test
    void shouldShowTheNeedsRecordedOnTheCase_onItsTellTheVictimTask_andAuditTheRecording() {
        String reference = allocatedToEcuOfficer();
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String tell = openTask(officer, reference, "Task_TellVictimOfficer");
        JsonNode before = officer.get("/api/tasks/" + tell).json().path("communicationNeeds");
        assertThat(before.path("recorded").isObject()).as("none recorded yet").isFalse();
        assertThat(before.path("recordAt").asText()).isEqualTo("/cases/" + reference);
        long lastAudit = lastAuditId();

        ApiClient.Response recorded = officer.send("PUT", "/api/fraud/cases/" + reference + "/communication-needs",
                Map.of("interpreterNeeded", true, "interpreterLanguage", " Polish ", "preferredChannel", "PHONE",
                        "timesToAvoid", "not after 6pm", "otherNeeds", "Large print letters"));

        assertThat(recorded.status()).isEqualTo(200);
        JsonNode needs = officer.get("/api/tasks/" + tell).json().path("communicationNeeds").path("recorded");
        assertThat(needs.path("interpreterNeeded").asBoolean()).isTrue();
        assertThat(needs.path("interpreterLanguage").asText()).isEqualTo("Polish");
        assertThat(needs.path("preferredChannel").asText()).isEqualTo("PHONE");
        assertThat(needs.path("timesToAvoid").asText()).isEqualTo("not after 6pm");
        assertThat(needs.path("otherNeeds").asText()).isEqualTo("Large print letters");
        assertThat(needs.path("recordedBy").asText()).isEqualTo("ecu.officer");
        assertThat(needs.path("recordedOn").asText()).isEqualTo("Fraud case " + reference);
        assertThat(officer.get("/api/fraud/cases/" + reference).json().path("communicationNeeds")
                .path("interpreterLanguage").asText()).as("on the case page too").isEqualTo("Polish");
        assertThat(jdbc.sql("""
                        SELECT username FROM audit_event WHERE id > ? AND operation = 'ALTERATION'
                        AND record_type = 'victim-communication-needs' AND record_ids[1] = ?""")
                .param(lastAudit).param(reference).query(String.class).list()).containsExactly("ecu.officer");

        String plan = openTask(officer, reference, "Task_InvestigationPlan");
        assertThat(officer.get("/api/tasks/" + plan).json().path("communicationNeeds").isObject())
                .as("a task that does not contact the victim carries none").isFalse();
    }

    @Test
    void shouldShowTheNeedsOnALaterTellTheVictimTask_withoutAskingAgain() {
        String reference = allocatedToEcuOfficer();
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        assertThat(officer.send("PUT", "/api/fraud/cases/" + reference + "/communication-needs",
                Map.of("interpreterNeeded", false, "preferredChannel", "EMAIL")).status()).isEqualTo(200);

        assertThat(officer.post("/api/fraud/cases/" + reference + "/events", Map.of("eventType", "ARREST",
                "occurredOn", today().toString())).status()).isEqualTo(204);

        String tellOfEvent = openTask(officer, reference, "Task_TellVictimOfEvent");
        JsonNode needs = officer.get("/api/tasks/" + tellOfEvent).json().path("communicationNeeds").path("recorded");
        assertThat(needs.path("preferredChannel").asText()).isEqualTo("EMAIL");
        assertThat(needs.path("interpreterLanguage").isTextual()).as("no interpreter").isFalse();
    }

    @Test
    void shouldRefuseNeedsWithoutTheirFacts_andCallersWithNoReasonToSeeTheCase() {
        String reference = allocatedToEcuOfficer();
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String path = "/api/fraud/cases/" + reference + "/communication-needs";

        ApiClient.Response noLanguage = officer.send("PUT", path, Map.of("interpreterNeeded", true));
        assertThat(noLanguage.status()).isEqualTo(400);
        assertThat(fields(noLanguage)).containsExactly("interpreterLanguage");
        assertThat(fields(officer.send("PUT", path, Map.of("preferredChannel", "PHONE"))))
                .containsExactly("interpreterNeeded");

        Map<String, Object> needs = Map.of("interpreterNeeded", false);
        assertThat(ApiClient.signedIn(port, "local.investigator").send("PUT", path, needs).status())
                .as("an area team the case is not allocated to").isEqualTo(404);
        assertThat(ApiClient.signedIn(port, "victim.care").send("PUT", path, needs).status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM crime_communication_needs WHERE crime_reference = ?")
                .param(reference).query(Integer.class).single()).isZero();
    }

    @Test
    void shouldEraseTheNeedsWithTheCasesPersonalData() {
        String reference = allocatedToEcuOfficer();
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        assertThat(officer.send("PUT", "/api/fraud/cases/" + reference + "/communication-needs",
                Map.of("interpreterNeeded", true, "interpreterLanguage", "Polish")).status()).isEqualTo(200);

        personalData.erase(reference, FraudCaseRetention.ERASED,
                OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), LONDON), "records.manager");

        assertThat(jdbc.sql("SELECT count(*) FROM crime_communication_needs WHERE crime_reference = ?")
                .param(reference).query(Integer.class).single()).isZero();
        String tell = openTask(officer, reference, "Task_TellVictimOfficer");
        assertThat(officer.get("/api/tasks/" + tell).json().path("communicationNeeds").path("recorded").isObject())
                .as("nothing left to show").isFalse();
        assertThat(officer.send("PUT", "/api/fraud/cases/" + reference + "/communication-needs",
                Map.of("interpreterNeeded", false)).status()).as("nothing recorded again").isEqualTo(409);
    }

    private String allocatedToEcuOfficer() {
        String reference = "NFRC-CN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        started.add(reference);
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        assertThat(officer.post("/api/fraud/disseminations", Map.of(
                "crimeReference", reference, "reportedDate", today().minusDays(2).toString(), "nfibCode", "NFIB3A",
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

    private static List<String> fields(ApiClient.Response response) {
        return StreamSupport.stream(response.json().path("fieldErrors").spliterator(), false)
                .map(e -> e.path("field").asText()).toList();
    }

    private long lastAuditId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), LONDON);
    }
}
