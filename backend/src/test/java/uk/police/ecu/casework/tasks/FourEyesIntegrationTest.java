package uk.police.ecu.casework.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * Nobody approves a decision they made: a supervisor who triaged a crime to be filed cannot claim, be given
 * or complete its filing approval, and each attempt is on the audit trail.
 */
@IntegrationTest
class FourEyesIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private ApiClient supervisor;
    private String crimeReference;
    private String approvalTaskId;

    @BeforeEach
    void aSupervisorFilesACrimeThatNeedsApproval() {
        crimeReference = "NFRC-4EYES-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ApiClient.Response received = ApiClient.signedIn(port, "ecu.officer").post("/api/fraud/disseminations",
                Map.of("crimeReference", crimeReference, "reportedDate", "2026-11-02", "nfibCode", "NFIB3A",
                        "victimType", "INDIVIDUAL", "victimName", "Four Eyes Victim", "lossGbp", 25000,
                        "policingArea", "Coventry"));
        assertThat(received.status()).as(received.body()).isLessThan(300);
        supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        String triage = taskOf("ecu-triage", "Task_Triage");
        assertThat(supervisor.post("/api/tasks/" + triage + "/claim").status()).isEqualTo(204);
        ApiClient.Response filed = supervisor.post("/api/tasks/" + triage + "/complete", Map.of("linesOfEnquiry", List.of(),
                "priority", "LOW", "decision", "FILE", "filingRationale", "No UK suspect or account identified.",
                "filingOutcomeCode", "18"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(204);
        approvalTaskId = taskOf("ecu-supervisors", "Task_ApproveFiling");
    }

    @Test
    void shouldNotLetTheSupervisorWhoFiledItClaimOrCompleteTheApproval() {
        long before = lastAuditId();

        ApiClient.Response claimed = supervisor.post("/api/tasks/" + approvalTaskId + "/claim");
        ApiClient.Response completed = supervisor.post("/api/tasks/" + approvalTaskId + "/complete",
                Map.of("approved", true));

        assertThat(claimed.status()).isEqualTo(403);
        assertThat(claimed.json().get("message").asText())
                .isEqualTo("You made the decision this task approves, so someone else must approve it");
        assertThat(completed.status()).isIn(403, 409);
        assertThat(jdbc.sql("SELECT assignee_ FROM act_ru_task WHERE id_ = ?").param(approvalTaskId)
                .query(String.class).optional()).as("the approval still waits, unclaimed").isEmpty();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE id > ? AND operation = 'ACCESS_REFUSED'
                        AND record_type = 'task' AND ? = ANY (record_ids) AND details->>'check' = 'four-eyes'""")
                .params(before, approvalTaskId).query(Long.class).single()).isPositive();
    }

    @Test
    void shouldNotLetTheApprovalBeGivenToWhoeverFiledIt() {
        JsonNode result = supervisor.post("/api/tasks/reassign",
                Map.of("taskIds", List.of(approvalTaskId), "assignee", "ecu.supervisor")).json();

        assertThat(result.get("reassigned")).isEmpty();
        assertThat(result.at("/refused/0/reason").asText()).isEqualTo("MADE_THE_DECISION");
    }

    @Test
    void shouldNotNameAnyoneWhenTheChosenPersonIsNotInTheTeam() {
        JsonNode result = supervisor.post("/api/tasks/reassign",
                Map.of("taskIds", List.of(approvalTaskId), "assignee", "drug.worker")).json();

        assertThat(result.at("/refused/0/reason").asText()).isEqualTo("NOT_IN_TEAM");
        assertThat(result.at("/refused/0/message").asText()).isEqualTo("The person chosen is not in this task's team")
                .doesNotContain("Alex Reid");
    }

    @Test
    void shouldPutReadingATaskOnTheAuditTrail_asAConsultationOfItsCase() {
        long before = lastAuditId();

        assertThat(supervisor.get("/api/tasks/" + approvalTaskId).status()).isEqualTo(200);

        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE id > ? AND operation = 'CONSULTATION'
                        AND record_type = 'fraud-triage' AND ? = ANY (record_ids) AND username = 'ecu.supervisor'""")
                .params(before, crimeReference).query(Long.class).single()).isOne();
    }

    private String taskOf(String queue, String taskType) {
        JsonNode page = supervisor.get("/api/tasks?queue=" + queue + "&q=" + crimeReference + "&taskType=" + taskType).json();
        return page.get("tasks").get(0).get("id").asText();
    }

    private long lastAuditId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
    }
}
