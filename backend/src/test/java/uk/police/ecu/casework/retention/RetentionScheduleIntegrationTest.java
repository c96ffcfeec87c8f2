package uk.police.ecu.casework.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/** The retention schedule, and the records due for review under it, through the API as an administrator sees them. */
@IntegrationTest
class RetentionScheduleIntegrationTest extends RetentionIntegrationTestSupport {

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
}
