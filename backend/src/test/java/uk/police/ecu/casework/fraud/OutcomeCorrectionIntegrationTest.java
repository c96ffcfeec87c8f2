package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
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

/**
 * A supervisor corrects a finalised crime's outcome: the code must fit the crime's path, the old code is kept,
 * and a crime already sent is sent again, amended, in the next return; a return can be previewed with its bad rows.
 */
@IntegrationTest
@DisplayName("Correcting a finalised outcome, and previewing a return")
class OutcomeCorrectionIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Test
    void shouldCorrectASentOutcome_keepTheOldCode_auditIt_andCarryItOnceInTheNextReturn() {
        finalised("NFRC-CORR-SENT", "ALLOCATE_ECU", "18", "2010-03-10T12:00:00Z");
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        buildApproveAndSubmit(supervisor, "2010-03");
        long auditBefore = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();

        ApiClient.Response corrected = supervisor.post("/api/fraud/cases/NFRC-CORR-SENT/outcome-corrections",
                Map.of("outcomeCode", "1", "reason", "Charged on 2 March; recorded as 18 in error"));

        assertThat(corrected.status()).isEqualTo(200);
        JsonNode history = supervisor.get("/api/fraud/cases/NFRC-CORR-SENT/outcome-corrections").json();
        assertThat(history).hasSize(1);
        assertThat(history.at("/0/previousOutcomeCode").asText()).isEqualTo("18");
        assertThat(history.at("/0/outcomeCode").asText()).isEqualTo("1");
        assertThat(history.at("/0/reason").asText()).isEqualTo("Charged on 2 March; recorded as 18 in error");
        assertThat(history.at("/0/correctedBy").asText()).isEqualTo("ecu.supervisor");
        assertThat(jdbc.sql("SELECT home_office_outcome FROM crime WHERE crime_reference = 'NFRC-CORR-SENT'")
                .query(String.class).single()).isEqualTo("1");
        assertThat(jdbc.sql("""
                        SELECT details->>'previousOutcomeCode' || '>' || (details->>'outcomeCode') FROM audit_event
                        WHERE id > ? AND operation = 'ALTERATION' AND username = 'ecu.supervisor'
                            AND 'NFRC-CORR-SENT' = ANY (record_ids)""")
                .param(auditBefore).query(String.class).list()).containsExactly("18>1");

        buildReturn(supervisor, "2010-04");
        assertThat(supervisor.get("/api/fraud/outcome-returns/2010-04/csv").body())
                .contains("NFRC-CORR-SENT,NFIB3A,NFIB3A,1,,2010-03-10,2010-03-10T12:00Z,,2010-03");
        assertThat(supervisor.get("/api/fraud/outcome-returns/2010-03/csv").body())
                .as("the sent return downloads as it was sent, before the correction")
                .contains("NFRC-CORR-SENT,NFIB3A,NFIB3A,18,,2010-03-10,2010-03-10T12:00Z,,\r\n")
                .doesNotContain("NFRC-CORR-SENT,NFIB3A,NFIB3A,1,");
        buildReturn(supervisor, "2010-05");
        assertThat(supervisor.get("/api/fraud/outcome-returns/2010-05/csv").body())
                .as("carried once only").doesNotContain("NFRC-CORR-SENT");
        JsonNode timeline = supervisor.get("/api/fraud/cases/NFRC-CORR-SENT").json().path("history");
        assertThat(StreamSupport.stream(timeline.spliterator(), false)
                .filter(e -> e.path("what").asText().startsWith(OutcomeCorrectionHistory.CORRECTED))
                .map(e -> e.path("what").asText() + " | " + e.path("detail").asText()))
                .as("the case timeline shows the correction and the return that carried it")
                .containsExactly("Outcome corrected: Home Office outcome 18 to 1 | Charged on 2 March; recorded as 18"
                        + " in error; sent again in the return for April 2010");
    }

    @Test
    void shouldRefuseACorrectionOutsideTheCrimesPath_withTheFieldNamed_andKeepTheOutcome() {
        finalised("NFRC-CORR-FILED", "FILE", "18", "2010-06-10T12:00:00Z");
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");

        ApiClient.Response charged = supervisor.post("/api/fraud/cases/NFRC-CORR-FILED/outcome-corrections",
                Map.of("outcomeCode", "1", "reason", "Was charged"));

        assertThat(charged.status()).isEqualTo(400);
        assertThat(charged.json().at("/fieldErrors/0/field").asText()).isEqualTo("outcomeCode");
        assertThat(charged.json().at("/fieldErrors/0/message").asText())
                .isEqualTo("Outcome 1 (Charged/Summonsed) cannot close a case filed at triage; choose one of 14, 18");
        assertThat(supervisor.post("/api/fraud/cases/NFRC-CORR-FILED/outcome-corrections",
                Map.of("outcomeCode", "14", "reason", " ")).json().at("/fieldErrors/0/field").asText())
                .isEqualTo("reason");
        assertThat(supervisor.get("/api/fraud/cases/NFRC-CORR-FILED/outcome-corrections").json()).isEmpty();
        assertThat(jdbc.sql("SELECT outcome_code FROM crime WHERE crime_reference = 'NFRC-CORR-FILED'")
                .query(String.class).single()).isEqualTo("18");
        assertThat(ApiClient.signedIn(port, "ecu.officer").post("/api/fraud/cases/NFRC-CORR-FILED/outcome-corrections",
                Map.of("outcomeCode", "14", "reason", "Officer may not")).status()).isEqualTo(403);
    }

    @Test
    void shouldPreviewTheBuiltReturn_markingTheBadRowWithItsLineFieldAndReason() {
        finalised("NFRC-PREV-GOOD", "FILE", "18", "2010-07-05T12:00:00Z");
        // Closed before codes were checked by path: filed at triage yet returned as charged.
        finalised("NFRC-PREV-BAD", "FILE", "1", "2010-07-06T12:00:00Z");
        finalised("NFRC-PREV-OK", "ALLOCATE_ECU", "1", "2010-07-07T12:00:00Z");
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        buildReturn(supervisor, "2010-07");

        ApiClient.Response preview = supervisor.get("/api/fraud/outcome-returns/2010-07/preview.csv");

        assertThat(preview.status()).isEqualTo(200);
        List<String> lines = preview.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("line,crime_reference,nfib_code,nfib_code_as_disseminated,"
                + "home_office_outcome,local_outcome_code,outcome_date,finalised_at,policing_area,amends_return_of,"
                + "problem_field,problem");
        assertThat(lines).containsExactly(lines.get(0),
                "2,NFRC-PREV-GOOD,NFIB3A,NFIB3A,18,,2010-07-05,2010-07-05T12:00Z,,,,",
                "3,NFRC-PREV-BAD,NFIB3A,NFIB3A,1,,2010-07-06,2010-07-06T12:00Z,,,home_office_outcome,"
                        + "\"Outcome 1 (Charged/Summonsed) cannot close a case filed at triage; choose one of 14, 18\"",
                "4,NFRC-PREV-OK,NFIB3A,NFIB3A,1,,2010-07-07,2010-07-07T12:00Z,,,,");
        assertThat(ApiClient.signedIn(port, "analyst").get("/api/fraud/outcome-returns/2010-07/preview.csv").status())
                .isEqualTo(200);
    }

    private void finalised(String reference, String triageDecision, String outcome, String finalisedAt) {
        OffsetDateTime at = OffsetDateTime.parse(finalisedAt);
        jdbc.sql("""
                        INSERT INTO crime (crime_reference, reported_date, nfib_code, original_nfib_code, victim_type,
                            victim_name, status, triage_decision, outcome_code, home_office_outcome, outcome_date,
                            finalised_at, received_by, received_at)
                        VALUES (?, ?, 'NFIB3A', 'NFIB3A', 'INDIVIDUAL', 'Corrected Victim', 'FINALISED', ?, ?, ?, ?, ?,
                            'ecu.officer', ?)""")
                .params(reference, at.toLocalDate().minusMonths(2), triageDecision, outcome, outcome, at.toLocalDate(),
                        at, at.minusMonths(1)).update();
    }

    private String buildReturn(ApiClient supervisor, String month) {
        assertThat(supervisor.post("/api/fraud/outcome-returns", Map.of("month", month)).status()).isEqualTo(202);
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey("monthly-outcome-return")
                .processInstanceBusinessKey("outcome-return-" + month).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());
        return instance;
    }

    private void buildApproveAndSubmit(ApiClient supervisor, String month) {
        String instance = buildReturn(supervisor, month);
        String approval = taskId(supervisor, "outcome-return-" + month);
        supervisor.post("/api/tasks/" + approval + "/claim");
        assertThat(supervisor.post("/api/tasks/" + approval + "/complete", Map.of("approved", true)).status())
                .isEqualTo(204);
        management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());
        assertThat(jdbc.sql("SELECT status FROM outcome_return WHERE month = ?::date").param(month + "-01")
                .query(String.class).single()).isEqualTo("SUBMITTED");
    }

    private static String taskId(ApiClient client, String reference) {
        JsonNode tasks = client.get("/api/tasks?queue=ecu-supervisors&q=" + reference).json().path("tasks");
        return StreamSupport.stream(tasks.spliterator(), false)
                .filter(t -> reference.equals(t.path("caseReference").asText()))
                .filter(t -> "Task_ApproveReturn".equals(t.path("taskType").asText()))
                .map(t -> t.get("id").asText()).findFirst().orElseThrow();
    }
}
