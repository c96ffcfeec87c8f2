package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.ecu.casework.fraud.FraudJourney.fields;
import static uk.police.ecu.casework.fraud.FraudJourney.today;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    CasePersonalDataRepository personalData;

    private FraudJourney journey;

    @BeforeEach
    void startJourney() {
        journey = new FraudJourney(port, "NFRC-CN");
    }

    @AfterEach
    void cleanUp() {
        journey.endProcesses(runtime);
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
                OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), FraudJourney.LONDON),
                "records.manager");

        assertThat(jdbc.sql("SELECT count(*) FROM crime_communication_needs WHERE crime_reference = ?")
                .param(reference).query(Integer.class).single()).isZero();
        String tell = openTask(officer, reference, "Task_TellVictimOfficer");
        assertThat(officer.get("/api/tasks/" + tell).json().path("communicationNeeds").path("recorded").isObject())
                .as("nothing left to show").isFalse();
        assertThat(officer.send("PUT", "/api/fraud/cases/" + reference + "/communication-needs",
                Map.of("interpreterNeeded", false)).status()).as("nothing recorded again").isEqualTo(409);
    }

    private String allocatedToEcuOfficer() {
        return journey.allocatedTo(journey.received(), "ecu.officer");
    }

    /** The task, which must be in the user's own list. */
    private static String openTask(ApiClient user, String reference, String taskType) {
        String id = FraudJourney.openTask(user, "mine", reference, taskType);
        assertThat(id).as(taskType).isNotNull();
        return id;
    }

    private long lastAuditId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
    }
}
