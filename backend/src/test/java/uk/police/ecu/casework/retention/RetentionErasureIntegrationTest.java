package uk.police.ecu.casework.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;
import uk.police.ecu.casework.fraud.Dissemination;

/** Erasing a record due for review through the API: what goes, what stays, and what is refused. */
@IntegrationTest
class RetentionErasureIntegrationTest extends RetentionIntegrationTestSupport {

    @Nested
    @DisplayName("POST /api/admin/retention/erasures")
    class Erase {

        @Test
        void shouldRemoveThePersonalDataAndKeepTheStatistics_withOneErasureOnTheAuditTrail() {
            String reference = finalisedFiledCase(today().minusYears(7));
            String instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                    .singleResult().getId();
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                    .variableName("victimAge").count()).as("the victim's age never reaches the engine's variable history")
                    .isZero();
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
            assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(instance).count()).isZero();
            assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).count())
                    .as("what happened, and who did it, stays").isPositive();
            assertThat(erasureRows(reference)).containsExactly(Map.of("username", "admin", "justification", JUSTIFICATION));
            assertThat(ids(ApiClient.signedIn(port, "admin").get("/api/admin/retention/due?recordType=crime").json()))
                    .doesNotContain(reference);
        }

        @Test
        void shouldDeleteTheCommentsWrittenOnTheCasesTasks_keepingWhoDidWhat() {
            String reference = finalisedFiledCase(today().minusYears(7), "Ada says her son handles her bank calls");
            String triageTask = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(reference)
                    .taskDefinitionKey("Task_Triage").singleResult().getId();
            assertThat(engineTasks.getTaskComments(triageTask)).hasSize(1);

            ApiClient.Response response = ApiClient.signedIn(port, "admin").post("/api/admin/retention/erasures",
                    erasure("crime", reference, JUSTIFICATION));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("erased")).extracting(JsonNode::asText).contains("1 task comment");
            assertThat(engineTasks.getTaskComments(triageTask)).isEmpty();
            assertThat(history.createHistoricTaskInstanceQuery().taskId(triageTask).singleResult().getAssignee())
                    .isEqualTo("ecu.officer");
        }

        @Test
        void shouldEraseWhatTheNeedsAssessmentsSaidAboutTheVictim_keepingWhenTheyWereDone() {
            String reference = finalisedFiledCase(today().minusYears(7));
            long change = jdbc.sql("""
                            INSERT INTO needs_change (crime_reference, changed_at, what_changed, recorded_by, recorded_at)
                            VALUES (?, now(), 'Ada moved into a care home', 'ecu.officer', now()) RETURNING id""")
                    .param(reference).query(Long.class).single();
            jdbc.sql("""
                            INSERT INTO needs_assessment (crime_reference, needs_change_id, assessed_at, enhanced_rights,
                                enhanced_rights_reason, support_needs, recorded_by, recorded_at)
                            VALUES (?, ?, now(), true, 'Dementia diagnosed this year', 'Large print letters',
                                'ecu.officer', now())""")
                    .params(reference, change).update();

            ApiClient.Response response = ApiClient.signedIn(port, "admin").post("/api/admin/retention/erasures",
                    erasure("crime", reference, JUSTIFICATION));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("erased")).extracting(JsonNode::asText).contains("needsAssessments");
            assertThat(jdbc.sql("SELECT what_changed FROM needs_change WHERE crime_reference = ?").param(reference)
                    .query(String.class).list()).containsExactly("[erased]");
            assertThat(jdbc.sql("""
                            SELECT enhanced_rights_reason, support_needs, enhanced_rights FROM needs_assessment
                            WHERE crime_reference = ?""").param(reference).query().singleRow())
                    .containsEntry("enhanced_rights_reason", "[erased]").containsEntry("support_needs", "[erased]")
                    .containsEntry("enhanced_rights", true);
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
            assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(instance).count())
                    .as("the decision's inputs are still there").isPositive();
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
}
