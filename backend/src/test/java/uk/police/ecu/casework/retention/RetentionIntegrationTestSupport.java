package uk.police.ecu.casework.retention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.FixtureVictims;
import uk.police.ecu.casework.fraud.Dissemination;
import uk.police.ecu.casework.fraud.FraudTriageService;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.security.RunAs;
import uk.police.ecu.casework.tasks.TaskComments;
import uk.police.ecu.casework.tasks.TaskListService;

/**
 * What the retention tests share: filed cases and import reports dated as old as a test needs, erasure requests,
 * and the audit trail and due list read back. {@code RetentionScheduleIntegrationTest} covers the schedule and what
 * is due; {@code RetentionErasureIntegrationTest} covers erasing.
 */
abstract class RetentionIntegrationTestSupport {

    static final String JUSTIFICATION = "Six-year review: no further policing purpose";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RunAs runAs;
    @Autowired
    FraudTriageService triage;
    @Autowired
    TaskListService taskList;
    @Autowired
    TaskService engineTasks;
    @Autowired
    TaskComments taskComments;
    @Autowired
    HistoryService history;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;

    /** A case filed at triage (the engine decides on approval from the victim's age), then dated as given. */
    String finalisedFiledCase(LocalDate outcomeDate) {
        return finalisedFiledCase(outcomeDate, null);
    }

    /** As above, with the officer's comment on the triage task when one is given. */
    String finalisedFiledCase(LocalDate outcomeDate, String triageComment) {
        String reference = "RET" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        runAs.user("ecu.officer", () -> {
            receive(reference);
            if (triageComment != null) {
                taskComments.add(currentUser.get(), engineTasks.createTaskQuery().processInstanceBusinessKey(reference)
                        .taskDefinitionKey("Task_Triage").singleResult().getId(), triageComment);
            }
            complete(reference, "Task_Triage", Map.of("linesOfEnquiry", List.of(), "priority", "LOW",
                    "decision", "FILE", "filingRationale", "Seller known only by a first name.",
                    "filingOutcomeCode", "18"));
            complete(reference, "Task_TellVictimNotInvestigated", Map.of("toldOn", today().toString(),
                    "method", "PHONE", "supportOffered", true, "notes", "Told Ada by phone at home"));
        });
        jdbc.sql("UPDATE crime SET outcome_date = ? WHERE crime_reference = ?").params(outcomeDate, reference).update();
        return reference;
    }

    void receive(String reference) {
        triage.receive(new Dissemination(reference, LocalDate.of(2016, 3, 1), "NFIB3A",
                Dissemination.VictimType.INDIVIDUAL, "Ada Lovelace", FixtureVictims.uniqueDateOfBirth(), "ada@example.org",
                "07700 900123", "B1 1AA", new BigDecimal("250"), 2, null, "Paid for a laptop that never came.",
                "Seller called himself Jim"));
    }

    void complete(String reference, String taskKey, Map<String, Object> answers) {
        String taskId = engineTasks.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(taskKey).singleResult().getId();
        taskList.claim(currentUser.get(), taskId);
        taskList.complete(currentUser.get(), taskId, json.valueToTree(answers));
    }

    UUID importReport(int monthsAgo) {
        UUID id = UUID.randomUUID();
        OffsetDateTime uploadedAt = OffsetDateTime.now(clock).minusMonths(monthsAgo);
        jdbc.sql("""
                        INSERT INTO import_job (id, kind, file_name, file_sha256, size_bytes, uploaded_by, uploaded_at,
                            status, total_rows, error_rows, good_rows, good_rows_done, finished_at)
                        VALUES (?, 'DISSEMINATIONS', 'old-disseminations.csv', ?, 300, 'ecu.officer',
                            ?, 'COMPLETED', 2, 1, 1, 1, ?)""")
                .params(id, id.toString(), uploadedAt, uploadedAt).update();
        jdbc.sql("""
                        INSERT INTO import_report_entry (job_id, kind, line, column_name, value, reason) VALUES
                            (?, 'ERROR', 2, 'victim_date_of_birth', '31/02/1950', 'Must be a real date'),
                            (?, 'DUPLICATE', 3, 'crime_reference', 'NFRC-OLD-1', 'Already known')""")
                .params(id, id).update();
        return id;
    }

    static Map<String, Object> erasure(String recordType, String recordId, String justification) {
        return Map.of("recordType", recordType, "recordId", recordId, "justification", justification);
    }

    List<Map<String, Object>> erasureRows(String recordId) {
        return jdbc.sql("""
                        SELECT username, justification FROM audit_event
                        WHERE operation = 'ERASURE' AND ? = ANY (record_ids)""")
                .param(recordId).query().listOfRows();
    }

    String victimName(String reference) {
        return jdbc.sql("SELECT victim_name FROM crime WHERE crime_reference = ?").param(reference)
                .query(String.class).single();
    }

    long lastAuditId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
    }

    static List<String> ids(JsonNode due) {
        return due.get("records").findValuesAsText("recordId");
    }

    static JsonNode listed(JsonNode due, String recordId) {
        return StreamSupport.stream(due.get("records").spliterator(), false)
                .filter(r -> r.get("recordId").asText().equals(recordId)).findFirst().orElseThrow();
    }

    static JsonNode entry(JsonNode schedule, String recordType) {
        return StreamSupport.stream(schedule.spliterator(), false)
                .filter(r -> r.get("recordType").asText().equals(recordType)).findFirst().orElseThrow();
    }

    /** Today by the product's clock, asked when needed: a run that passes midnight moves on with it. */
    LocalDate today() {
        return LocalDate.now(clock);
    }
}
