package uk.police.ecu.casework.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.FixtureVictims;
import uk.police.ecu.casework.IntegrationTest;
import uk.police.ecu.casework.fraud.Dissemination;
import uk.police.ecu.casework.fraud.FraudTriageService;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.security.RunAs;
import uk.police.ecu.casework.tasks.TaskListService;

@IntegrationTest
class RetentionIntegrationTest {

    private static final String JUSTIFICATION = "Six-year review: no further policing purpose";

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
    HistoryService history;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;

    @Nested
    @DisplayName("GET /api/admin/retention/schedule")
    class Schedule {

        @Test
        void shouldGiveEveryRecordTypeItsReviewPeriod_andSayWhichCanBeErasedHere() {
            JsonNode schedule = ApiClient.signedIn(port, "admin").get("/api/admin/retention/schedule").json();

            assertThat(schedule.findValuesAsText("recordType"))
                    .containsExactlyInAnyOrder("crime", "import-report", "victim", "o2r-participant", "audit-event");
            JsonNode crime = entry(schedule, "crime");
            assertThat(crime.get("reviewAfterMonths").asInt()).isEqualTo(72);
            assertThat(crime.get("erasable").asBoolean()).isTrue();
            assertThat(entry(schedule, "audit-event").get("erasable").asBoolean()).isFalse();
        }
    }

    @Nested
    @DisplayName("GET /api/admin/retention/due")
    class Due {

        @Test
        void shouldListACaseOnlyOnceItsReviewPeriodHasRunFromTheOutcomeDate() {
            String due = finalisedFiledCase(today().minusMonths(72).minusDays(1));
            String notYet = finalisedFiledCase(today().minusMonths(72).plusDays(10));
            ApiClient admin = ApiClient.signedIn(port, "admin");

            JsonNode today = admin.get("/api/admin/retention/due?recordType=crime").json();
            JsonNode nextMonth = admin.get("/api/admin/retention/due?recordType=crime&dueBy=" + today().plusDays(30)).json();

            assertThat(today.get("dueBy").asText()).isEqualTo(today().toString());
            assertThat(ids(today)).contains(due).doesNotContain(notYet);
            assertThat(ids(nextMonth)).contains(due, notYet);
            JsonNode listed = listed(today, due);
            assertThat(listed.get("reviewDue").asText()).isEqualTo(today().minusDays(1).toString());
            assertThat(listed.get("summary").asText()).isEqualTo("NFIB3A, finalised with Home Office outcome 18")
                    .doesNotContain("Lovelace");
        }

        @Test
        void shouldRecordTheListAsAConsultationForTheRetentionReview() {
            String due = finalisedFiledCase(today().minusYears(8));
            long before = lastAuditId();

            ApiClient.signedIn(port, "admin").get("/api/admin/retention/due?recordType=crime");

            assertThat(jdbc.sql("""
                            SELECT justification FROM audit_event WHERE id > ? AND operation = 'CONSULTATION'
                            AND username = 'admin' AND record_type = 'crime' AND ? = ANY (record_ids)""")
                    .params(before, due).query(String.class).list()).containsExactly("Retention review");
        }

        @Test
        void shouldListAnImportReportAYearAfterItsUpload() {
            UUID old = importReport(13);
            UUID recent = importReport(2);

            JsonNode due = ApiClient.signedIn(port, "admin").get("/api/admin/retention/due?recordType=import-report").json();

            assertThat(ids(due)).contains(old.toString()).doesNotContain(recent.toString());
            assertThat(listed(due, old.toString()).get("summary").asText()).isEqualTo("old-disseminations.csv: 2 rows, 1 refused");
        }

        @Test
        void shouldRefuseARecordTypeThatIsNotInTheSchedule() {
            ApiClient.Response response = ApiClient.signedIn(port, "admin").get("/api/admin/retention/due?recordType=pets");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().at("/fieldErrors/0/field").asText()).isEqualTo("recordType");
        }
    }

    @Nested
    @DisplayName("POST /api/admin/retention/erasures")
    class Erase {

        @Test
        void shouldRemoveThePersonalDataAndKeepTheStatistics_withOneErasureOnTheAuditTrail() {
            String reference = finalisedFiledCase(today().minusYears(7));
            String instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                    .singleResult().getId();
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                    .variableName("victimAge").count()).isEqualTo(1);
            assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(instance).count()).isPositive();

            ApiClient.Response response = ApiClient.signedIn(port, "admin").post("/api/admin/retention/erasures",
                    erasure("crime", reference, JUSTIFICATION));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("alreadyErased").asBoolean()).isFalse();
            Map<String, Object> crime = jdbc.sql("SELECT * FROM crime WHERE crime_reference = ?").param(reference)
                    .query().singleRow();
            assertThat(crime).containsEntry("victim_name", "[erased]").containsEntry("victim_date_of_birth", null)
                    .containsEntry("victim_email", null).containsEntry("victim_phone", null)
                    .containsEntry("victim_postcode", null).containsEntry("summary", "[erased]")
                    .containsEntry("suspect_details", "[erased]").containsEntry("filing_rationale", "[erased]")
                    .containsEntry("personal_data_erased_by", "admin");
            assertThat(crime).containsEntry("nfib_code", "NFIB3A").containsEntry("outcome_code", "18")
                    .containsEntry("status", "FINALISED").containsEntry("loss_gbp", new BigDecimal("250.00"));
            assertThat(jdbc.sql("SELECT notes FROM victim_update WHERE crime_reference = ?").param(reference)
                    .query(String.class).list()).containsExactly("[erased]");
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                    .variableName("victimAge").count()).isZero();
            assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(instance).count()).isZero();
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                    .variableName("lossGbp").count()).isEqualTo(1);
            assertThat(erasureRows(reference)).containsExactly(Map.of("username", "admin", "justification", JUSTIFICATION));
            assertThat(ids(ApiClient.signedIn(port, "admin").get("/api/admin/retention/due?recordType=crime").json()))
                    .doesNotContain(reference);
        }

        @Test
        void shouldEraseTheVictimsDetailsAnNfibAmendmentKept_beforeAndAfter() {
            String reference = finalisedFiledCase(today().minusYears(7));
            runAs.user("ecu.officer", () -> triage.receive(new Dissemination(reference, LocalDate.of(2016, 3, 1),
                    "NFIB3A", Dissemination.VictimType.INDIVIDUAL, "Ada King", LocalDate.of(1950, 12, 10), null, null,
                    null, new BigDecimal("300"), 2, null, null, null)));

            assertThat(ApiClient.signedIn(port, "admin").post("/api/admin/retention/erasures",
                    erasure("crime", reference, JUSTIFICATION)).status()).isEqualTo(200);

            assertThat(jdbc.sql("""
                            SELECT changes->'victimName'->>'was', changes->'victimName'->>'now',
                                changes->'lossGbp'->>'now' FROM crime_amendment WHERE crime_reference = ?""")
                    .param(reference).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                    .single()).containsExactly("[erased]", "[erased]", "300.00");
        }

        @Test
        void shouldRefuseAResentDissemination_soTheErasedDetailsAreNeverPutBack() {
            String reference = finalisedFiledCase(today().minusYears(7));
            assertThat(ApiClient.signedIn(port, "admin").post("/api/admin/retention/erasures",
                    erasure("crime", reference, JUSTIFICATION)).status()).isEqualTo(200);
            ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
            String resent = "crime_reference,reported_date,nfib_code,victim_type,victim_name,loss_gbp\n"
                    + reference + ",2016-03-01,NFIB3A,INDIVIDUAL,Ada Lovelace,250\n";

            JsonNode job = officer.finishedImport(officer.upload("/api/intake/disseminations", "resent.csv",
                    resent.getBytes(StandardCharsets.UTF_8)));
            ApiClient.Response posted = officer.post("/api/fraud/disseminations", Map.of("crimeReference", reference,
                    "reportedDate", "2016-03-01", "nfibCode", "NFIB3A", "victimType", "INDIVIDUAL",
                    "victimName", "Ada Lovelace", "lossGbp", 250));

            assertThat(job.get("status").asText()).isEqualTo("COMPLETED");
            JsonNode refused = officer.get("/api/intake/imports/" + job.get("id").asText() + "/report").json().get(0);
            assertThat(refused.get("kind").asText()).isEqualTo("ERROR");
            assertThat(refused.get("line").asInt()).isEqualTo(2);
            assertThat(refused.get("reason").asText()).contains("personal data erased", "not applied");
            assertThat(posted.status()).isEqualTo(409);
            assertThat(victimName(reference)).isEqualTo("[erased]");
            assertThat(jdbc.sql("SELECT count(*) FROM crime_amendment WHERE crime_reference = ?").param(reference)
                    .query(Integer.class).single()).isZero();
        }

        @Test
        void shouldChangeNothingWhenTheSameRecordIsErasedAgain() {
            String reference = finalisedFiledCase(today().minusYears(7));
            ApiClient admin = ApiClient.signedIn(port, "admin");
            String first = admin.post("/api/admin/retention/erasures", erasure("crime", reference, JUSTIFICATION))
                    .json().get("erasedAt").asText();

            ApiClient.Response again = admin.post("/api/admin/retention/erasures",
                    erasure("crime", reference, "Asked twice"));

            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().get("alreadyErased").asBoolean()).isTrue();
            assertThat(again.json().get("erasedAt").asText()).isEqualTo(first);
            assertThat(erasureRows(reference)).hasSize(1);
        }

        @Test
        void shouldAskForTheJustification_andEraseNothingWithoutIt() {
            String reference = finalisedFiledCase(today().minusYears(7));

            ApiClient.Response response = ApiClient.signedIn(port, "admin").post("/api/admin/retention/erasures",
                    erasure("crime", reference, "  "));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().at("/fieldErrors/0/field").asText()).isEqualTo("justification");
            assertThat(response.json().at("/fieldErrors/0/message").asText())
                    .isEqualTo("Give the reason for erasing this personal data");
            assertThat(victimName(reference)).isEqualTo("Ada Lovelace");
            assertThat(erasureRows(reference)).isEmpty();
        }

        @Test
        void shouldEraseNothingWhenTheAuditRowCannotBeWritten() {
            String reference = finalisedFiledCase(today().minusYears(7));

            // PostgreSQL cannot store a NUL character, so the audit row's insert fails after the erasure ran.
            ApiClient.Response response = ApiClient.signedIn(port, "admin").post("/api/admin/retention/erasures",
                    erasure("crime", reference, "Six-year\u0000review"));

            assertThat(response.status()).isEqualTo(500);
            assertThat(victimName(reference)).isEqualTo("Ada Lovelace");
            String instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                    .singleResult().getId();
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                    .variableName("victimAge").count()).isEqualTo(1);
            assertThat(erasureRows(reference)).isEmpty();
        }

        @Test
        void shouldRefuseToEraseACaseWhoseProcessIsStillRunning() {
            String reference = "RET" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            runAs.user("ecu.officer", () -> receive(reference));

            ApiClient.Response response = ApiClient.signedIn(port, "admin").post("/api/admin/retention/erasures",
                    erasure("crime", reference, JUSTIFICATION));

            assertThat(response.status()).isEqualTo(409);
            assertThat(victimName(reference)).isEqualTo("Ada Lovelace");
        }

        @Test
        void shouldRefuseToEraseARecordBeforeItsReviewIsDue_sayingWhen() {
            String notYetDue = finalisedFiledCase(today().minusYears(5));
            UUID recentImport = importReport(6);
            ApiClient admin = ApiClient.signedIn(port, "admin");

            ApiClient.Response crime = admin.post("/api/admin/retention/erasures", erasure("crime", notYetDue, JUSTIFICATION));
            ApiClient.Response report = admin.post("/api/admin/retention/erasures",
                    erasure("import-report", recentImport.toString(), JUSTIFICATION));

            assertThat(crime.status()).isEqualTo(409);
            assertThat(crime.json().get("message").asText()).startsWith("This record is not due for review until");
            assertThat(report.status()).isEqualTo(409);
            assertThat(victimName(notYetDue)).isNotNull();
            assertThat(erasureRows(notYetDue)).isEmpty();
        }

        @Test
        void shouldAnswer404ForARecordThatDoesNotExist() {
            assertThat(ApiClient.signedIn(port, "admin").post("/api/admin/retention/erasures",
                    erasure("crime", "NFRC-NO-SUCH-CASE", JUSTIFICATION)).status()).isEqualTo(404);
        }

        @Test
        void shouldEraseTheRefusedCellValuesOfAnImportReport_keepingLinesAndReasons() {
            UUID job = importReport(13);

            ApiClient.Response response = ApiClient.signedIn(port, "admin").post("/api/admin/retention/erasures",
                    erasure("import-report", job.toString(), JUSTIFICATION));

            assertThat(response.status()).isEqualTo(200);
            assertThat(jdbc.sql("SELECT kind, line, value, reason FROM import_report_entry WHERE job_id = ? ORDER BY line")
                    .param(job).query((rs, n) -> tuple(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                    .list()).containsExactly(
                    tuple("ERROR", 2, null, "Must be a real date"),
                    tuple("DUPLICATE", 3, "NFRC-OLD-1", "Already known"));
            assertThat(erasureRows(job.toString())).hasSize(1);
        }

        @Test
        void shouldRefuseAnyoneButAnAdministrator_andRecordTheRefusal() {
            String reference = finalisedFiledCase(today().minusYears(7));
            long before = lastAuditId();

            ApiClient.Response response = ApiClient.signedIn(port, "ecu.supervisor")
                    .post("/api/admin/retention/erasures", erasure("crime", reference, JUSTIFICATION));

            assertThat(response.status()).isEqualTo(403);
            assertThat(victimName(reference)).isEqualTo("Ada Lovelace");
            assertThat(jdbc.sql("""
                            SELECT record_ids[1] FROM audit_event WHERE id > ? AND operation = 'ACCESS_REFUSED'
                            AND username = 'ecu.supervisor'""")
                    .param(before).query(String.class).list()).containsExactly("POST /api/admin/retention/erasures");
        }
    }

    /** A case filed at triage (the engine decides on approval from the victim's age), then dated as given. */
    private String finalisedFiledCase(LocalDate outcomeDate) {
        String reference = "RET" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        runAs.user("ecu.officer", () -> {
            receive(reference);
            complete(reference, "Task_Triage", Map.of("linesOfEnquiry", List.of(), "priority", "LOW",
                    "decision", "FILE", "filingRationale", "Seller known only by a first name.",
                    "filingOutcomeCode", "18"));
            complete(reference, "Task_TellVictimNotInvestigated", Map.of("toldOn", today().toString(),
                    "method", "PHONE", "supportOffered", true, "notes", "Told Ada by phone at home"));
        });
        jdbc.sql("UPDATE crime SET outcome_date = ? WHERE crime_reference = ?").params(outcomeDate, reference).update();
        return reference;
    }

    private void receive(String reference) {
        triage.receive(new Dissemination(reference, LocalDate.of(2016, 3, 1), "NFIB3A",
                Dissemination.VictimType.INDIVIDUAL, "Ada Lovelace", FixtureVictims.uniqueDateOfBirth(),
                "ada@example.org", "07700 900123", "B1 1AA", new BigDecimal("250"), 2, null,
                "Paid for a laptop that never came.", "Seller called himself Jim"));
    }

    private void complete(String reference, String taskKey, Map<String, Object> answers) {
        String taskId = engineTasks.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(taskKey).singleResult().getId();
        taskList.claim(currentUser.get(), taskId);
        taskList.complete(currentUser.get(), taskId, json.valueToTree(answers));
    }

    private UUID importReport(int monthsAgo) {
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

    private static Map<String, Object> erasure(String recordType, String recordId, String justification) {
        return Map.of("recordType", recordType, "recordId", recordId, "justification", justification);
    }

    private List<Map<String, Object>> erasureRows(String recordId) {
        return jdbc.sql("""
                        SELECT username, justification FROM audit_event
                        WHERE operation = 'ERASURE' AND ? = ANY (record_ids)""")
                .param(recordId).query().listOfRows();
    }

    private String victimName(String reference) {
        return jdbc.sql("SELECT victim_name FROM crime WHERE crime_reference = ?").param(reference)
                .query(String.class).single();
    }

    private long lastAuditId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
    }

    private static List<String> ids(JsonNode due) {
        return due.get("records").findValuesAsText("recordId");
    }

    private static JsonNode listed(JsonNode due, String recordId) {
        return StreamSupport.stream(due.get("records").spliterator(), false)
                .filter(r -> r.get("recordId").asText().equals(recordId)).findFirst().orElseThrow();
    }

    private static JsonNode entry(JsonNode schedule, String recordType) {
        return StreamSupport.stream(schedule.spliterator(), false)
                .filter(r -> r.get("recordType").asText().equals(recordType)).findFirst().orElseThrow();
    }

    /** Today by the product's clock, asked when needed: a run that passes midnight moves on with it. */
    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
