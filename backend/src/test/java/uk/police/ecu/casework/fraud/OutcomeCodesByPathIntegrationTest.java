package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;
import uk.police.ecu.casework.tasks.TaskJourneyIntegrationTest;

/** Each decision records only the outcome codes that fit it, and no other code reaches the monthly return. */
@IntegrationTest
@DisplayName("Outcome codes by path")
class OutcomeCodesByPathIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Test
    void shouldRefuseToFileADisseminationAsCharged_andAcceptNoSuspectIdentified() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String reference = newCrime(officer, "Rosalind Franklin");
        String triage = taskId(officer, "ecu-triage", reference, "Task_Triage");
        officer.post("/api/tasks/" + triage + "/claim");

        ApiClient.Response charged = officer.post("/api/tasks/" + triage + "/complete", filing("1"));

        assertThat(charged.status()).isEqualTo(400);
        assertThat(charged.json().at("/fieldErrors/0/field").asText()).isEqualTo("filingOutcomeCode");
        assertThat(charged.json().at("/fieldErrors/0/message").asText())
                .isEqualTo("Outcome 1 (Charged/Summonsed) cannot close a case filed at triage; choose one of 14, 18");
        assertThat(officer.post("/api/tasks/" + triage + "/complete", filing("8")).json()
                .at("/fieldErrors/0/message").asText()).startsWith("Outcome 8 (Community Resolution) cannot close");
        assertThat(officer.get("/api/tasks/" + triage).status()).as("the task is still open").isEqualTo(200);

        assertThat(officer.post("/api/tasks/" + triage + "/complete", filing("18")).status()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT triage_decision FROM crime WHERE crime_reference = ?").param(reference)
                .query(String.class).single()).isEqualTo("FILE");
    }

    @Test
    void shouldRefuseAnInvestigatedCaseNfibsOwnFilingCode_andAcceptACharge() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String reference = newCrime(officer, "Dorothy Hodgkin");
        String triage = taskId(officer, "ecu-triage", reference, "Task_Triage");
        officer.post("/api/tasks/" + triage + "/claim");
        officer.post("/api/tasks/" + triage + "/complete", Map.of("linesOfEnquiry", List.of("Trace the account"),
                "priority", "HIGH", "decision", "ALLOCATE_ECU", "officer", "ecu.officer"));
        String today = LocalDate.now(clock).toString();
        officer.post("/api/tasks/" + taskId(officer, "mine", reference, "Task_InvestigationPlan") + "/complete",
                Map.of("actions", List.of(Map.of("description", "Interview", "owner", "DC Shah", "dueDate", today))));
        String outcome = taskId(officer, "mine", reference, "Task_RecordOutcome");

        ApiClient.Response nfibFiled = officer.post("/api/tasks/" + outcome + "/complete",
                Map.of("outcomeCode", "19", "outcomeDate", today));

        assertThat(nfibFiled.status()).isEqualTo(400);
        assertThat(nfibFiled.json().at("/fieldErrors/0/field").asText()).isEqualTo("outcomeCode");
        assertThat(nfibFiled.json().at("/fieldErrors/0/message").asText())
                .startsWith("Outcome 19 (National Fraud Intelligence Bureau (fraud)) cannot close an investigated case;"
                        + " choose one of 1, 1A, 2,")
                .doesNotContain(" 19,").doesNotContain(" 6,").doesNotContain(" 7,");
        assertThat(officer.post("/api/tasks/" + outcome + "/complete",
                Map.of("outcomeCode", "1B", "outcomeDate", today)).status()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT home_office_outcome FROM crime WHERE crime_reference = ?").param(reference)
                .query(String.class).single()).isEqualTo("1");
    }

    @Test
    void shouldOfferEachFormOnlyTheCodesItsPathMayRecord() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");

        assertThat(codes(officer.get("/api/reference/outcome-codes?path=FILED_AT_TRIAGE").json()))
                .containsExactly("14", "18");
        assertThat(codes(officer.get("/api/reference/outcome-codes?path=INVESTIGATED").json()))
                .contains("1", "1A", "3", "8", "18", "1B").doesNotContain("6", "7", "19");
        assertThat(codes(officer.get("/api/reference/outcome-codes").json())).contains("19");
    }

    @Test
    void shouldRefuseToApproveAReturnListingACrimeFiledAsCharged_namingTheCrime() {
        // Closed before codes were checked by path: filed at triage yet returned as charged.
        finalised("NFRC-PATH-BAD", "FILE", "1", "2012-05-10T12:00:00Z");
        finalised("NFRC-PATH-GOOD", "FILE", "18", "2012-05-11T12:00:00Z");
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        assertThat(supervisor.post("/api/fraud/outcome-returns", Map.of("month", "2012-05")).status()).isEqualTo(202);
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey("monthly-outcome-return")
                .processInstanceBusinessKey("outcome-return-2012-05").singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());
        String approval = taskId(supervisor, "ecu-supervisors", "outcome-return-2012-05", "Task_ApproveReturn");
        supervisor.post("/api/tasks/" + approval + "/claim");

        ApiClient.Response approved = supervisor.post("/api/tasks/" + approval + "/complete", Map.of("approved", true));

        assertThat(approved.status()).isEqualTo(400);
        assertThat(approved.json().at("/fieldErrors/0/field").asText()).isEqualTo("approved");
        assertThat(approved.json().at("/fieldErrors/0/message").asText())
                .contains("NFRC-PATH-BAD (outcome 1 on a case filed at triage)").doesNotContain("NFRC-PATH-GOOD");
        assertThat(supervisor.get("/api/tasks/" + approval).status()).as("the return still waits").isEqualTo(200);
        assertThat(jdbc.sql("SELECT status FROM outcome_return WHERE month = '2012-05-01'").query(String.class).single())
                .isEqualTo("BUILT");
    }

    private static Map<String, Object> filing(String code) {
        return Map.of("linesOfEnquiry", List.of(), "priority", "LOW", "decision", "FILE",
                "filingRationale", "No suspect or account identified", "filingOutcomeCode", code);
    }

    private static String newCrime(ApiClient officer, String victim) {
        String reference = "NFRC" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(officer.post("/api/fraud/disseminations", TaskJourneyIntegrationTest.dissemination(reference, victim))
                .status()).isEqualTo(201);
        return reference;
    }

    private void finalised(String reference, String triageDecision, String outcome, String finalisedAt) {
        OffsetDateTime at = OffsetDateTime.parse(finalisedAt);
        jdbc.sql("""
                        INSERT INTO crime (crime_reference, reported_date, nfib_code, original_nfib_code, victim_type,
                            victim_name, status, triage_decision, outcome_code, home_office_outcome, outcome_date,
                            finalised_at, received_by, received_at)
                        VALUES (?, ?, 'NFIB3A', 'NFIB3A', 'INDIVIDUAL', 'Legacy Victim', 'FINALISED', ?, ?, ?, ?, ?,
                            'ecu.officer', ?)""")
                .params(reference, at.toLocalDate().minusMonths(2), triageDecision, outcome, outcome, at.toLocalDate(),
                        at, at.minusMonths(1)).update();
    }

    private static List<String> codes(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(c -> c.get("code").asText()).toList();
    }

    private static String taskId(ApiClient client, String queue, String reference, String taskType) {
        JsonNode tasks = client.get("/api/tasks?queue=" + queue + "&q=" + reference).json().path("tasks");
        return StreamSupport.stream(tasks.spliterator(), false)
                .filter(t -> reference.equals(t.path("caseReference").asText()))
                .filter(t -> taskType.equals(t.path("taskType").asText()))
                .map(t -> t.get("id").asText()).findFirst().orElseThrow();
    }
}
