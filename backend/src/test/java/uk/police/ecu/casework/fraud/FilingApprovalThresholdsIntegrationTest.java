package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * When filing needs a supervisor's approval is the force's setting, not the code's: an administrator changes a
 * threshold, the next filing is weighed against it, and the change is on the audit trail. A crime whose loss,
 * victim's age or vulnerability was never recorded goes to a supervisor, who sees why.
 */
@IntegrationTest
class FilingApprovalThresholdsIntegrationTest {

    private static final String THRESHOLDS = "/api/admin/filing-approval-thresholds";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private final String batch = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @AfterEach
    void putTheLossThresholdBack() {
        ApiClient.signedIn(port, "admin").send("PUT", THRESHOLDS + "/LOSS_GBP", Map.of("value", 10000));
    }

    @Test
    void shouldWeighTheNextFilingAgainstAThresholdTheAdministratorChanged_andAuditTheChange() {
        ApiClient admin = ApiClient.signedIn(port, "admin");
        JsonNode thresholds = admin.get(THRESHOLDS).json();
        assertThat(thresholds).extracting(t -> t.get("name").asText() + "=" + t.get("value").asInt())
                .containsExactly("LOSS_GBP=10000", "VICTIM_AGE=70", "NDM_SCORE=7",
                        "REPEAT_VICTIM_REPORTS=2", "REPEAT_VICTIM_MONTHS=12");

        assertThat(fileACrime(6000, "1980-05-01", 2)).as("£6,000 is below £10,000").isEqualTo("Task_TellVictimNotInvestigated");

        long before = lastAuditId();
        ApiClient.Response changed = admin.send("PUT", THRESHOLDS + "/LOSS_GBP", Map.of("value", 5000));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("value").asInt()).isEqualTo(5000);
        assertThat(changed.json().get("changedBy").asText()).isEqualTo("admin");

        String approvalTask = fileACrime(6000, "1980-05-01", 2);
        assertThat(approvalTask).as("£6,000 is at or above £5,000").isEqualTo("Task_ApproveFiling");
        assertThat(approvalReasonOfTheLastCase()).isEqualTo("Loss of £5000 or more");
        assertThat(jdbc.sql("""
                        SELECT username || ' ' || (details->>'old') || '->' || (details->>'new') FROM audit_event
                        WHERE id > ? AND operation = 'ALTERATION' AND record_type = 'filing-approval-threshold'
                        AND 'LOSS_GBP' = ANY (record_ids)""")
                .param(before).query(String.class).list()).containsExactly("admin 10000->5000");
    }

    @Test
    void shouldSendACrimeWithNoLossRecordedToASupervisor_sayingSo() {
        assertThat(fileACrime(null, "1980-05-01", 2)).isEqualTo("Task_ApproveFiling");
        assertThat(approvalReasonOfTheLastCase()).isEqualTo("Loss not recorded");
    }

    @Test
    void shouldSendACrimeWhoseVictimsAgeIsUnknownToASupervisor_sayingSo() {
        assertThat(fileACrime(50, null, 2)).isEqualTo("Task_ApproveFiling");
        assertThat(approvalReasonOfTheLastCase()).isEqualTo("Victim's age not recorded");
    }

    @Test
    void shouldLetOnlyAnAdministratorSeeOrChangeTheThresholds() {
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");

        assertThat(supervisor.get(THRESHOLDS).status()).isEqualTo(403);
        assertThat(supervisor.send("PUT", THRESHOLDS + "/LOSS_GBP", Map.of("value", 1)).status()).isEqualTo(403);
        assertThat(ApiClient.signedIn(port, "admin").send("PUT", THRESHOLDS + "/NDM_SCORE", Map.of("value", 11))
                .status()).as("an NDM score runs from 1 to 10").isEqualTo(400);
        assertThat(ApiClient.signedIn(port, "admin").send("PUT", THRESHOLDS + "/REPEAT_VICTIM_MONTHS",
                Map.of("value", 121)).status()).as("a window of at most ten years").isEqualTo(400);
    }

    private String lastCase;

    /** Receives a crime, triages it to be filed, and says which task it waits at next. */
    private String fileACrime(Integer loss, String dateOfBirth, Integer ndmScore) {
        lastCase = "NFRC-THRESH-" + batch + "-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        Map<String, Object> dissemination = new HashMap<>(Map.of("crimeReference", lastCase,
                "reportedDate", LocalDate.now(clock).minusDays(3).toString(), "nfibCode", "NFIB3A",
                "victimType", "INDIVIDUAL", "victimName", "Threshold Victim " + lastCase, "policingArea", "Coventry"));
        if (loss != null) {
            dissemination.put("lossGbp", loss);
        }
        if (dateOfBirth != null) {
            dissemination.put("victimDateOfBirth", dateOfBirth);
        }
        if (ndmScore != null) {
            dissemination.put("ndmScore", ndmScore);
        }
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        ApiClient.Response received = officer.post("/api/fraud/disseminations", dissemination);
        assertThat(received.status()).as(received.body()).isLessThan(300);
        String triage = officer.get("/api/tasks?queue=ecu-triage&q=" + lastCase + "&taskType=Task_Triage").json()
                .get("tasks").get(0).get("id").asText();
        assertThat(officer.post("/api/tasks/" + triage + "/claim").status()).isEqualTo(204);
        ApiClient.Response filed = officer.post("/api/tasks/" + triage + "/complete", Map.of("linesOfEnquiry",
                List.of(), "priority", "LOW", "decision", "FILE", "filingRationale", "No suspect or account identified.",
                "filingOutcomeCode", "18"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(204);
        return jdbc.sql("""
                        SELECT t.task_def_key_ FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
                        WHERE e.business_key_ = ?""").param(lastCase).query(String.class).single();
    }

    private String approvalReasonOfTheLastCase() {
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        String taskId = supervisor.get("/api/tasks?queue=ecu-supervisors&q=" + lastCase + "&taskType=Task_ApproveFiling")
                .json().get("tasks").get(0).get("id").asText();
        return supervisor.get("/api/tasks/" + taskId).json().get("approvalReason").asText();
    }

    private long lastAuditId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
    }
}
