package uk.police.ecu.casework.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

@IntegrationTest
class AuditControllerIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    AuditLog auditLog;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    String crime;

    @BeforeEach
    void recordADisclosureWithAFormulaInIt() {
        crime = "NFRC-" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> auditLog.record(AuditEntry.disclosure("crime", List.of(crime),
                "=HYPERLINK(\"http://evil.example\",\"Click\")", "-1+1", Map.of("channel", "email"))));
    }

    @Nested
    @DisplayName("GET /api/audit/events")
    class Events {

        @Test
        void shouldRefuseAnonymousUsers() {
            assertThat(new ApiClient(port).get("/api/audit/events").status()).isEqualTo(401);
        }

        @ParameterizedTest
        @ValueSource(strings = {"ecu.officer", "ecu.supervisor", "analyst"})
        void shouldRefuseEveryRoleButAuditorsAndAdministrators(String username) {
            ApiClient.Response response = ApiClient.signedIn(port, username).get("/api/audit/events");

            assertThat(response.status()).isEqualTo(403);
            assertThat(response.json().get("status").asInt()).isEqualTo(403);
        }

        @ParameterizedTest
        @ValueSource(strings = {"auditor", "admin"})
        void shouldFindEventsByRecordIdForAuditorsAndAdministrators(String username) {
            ApiClient.Response response =
                    ApiClient.signedIn(port, username).get("/api/audit/events?recordId=" + crime);

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().get("total").asLong()).isOne();
            assertThat(response.json().at("/events/0/operation").asText()).isEqualTo("DISCLOSURE");
            assertThat(response.json().at("/events/0/recipient").asText())
                    .isEqualTo("=HYPERLINK(\"http://evil.example\",\"Click\")");
            assertThat(response.json().at("/events/0/details/channel").asText()).isEqualTo("email");
        }

        @Test
        void shouldRecordTheSearchWithItsFiltersInTheAuditTrail() {
            ApiClient.signedIn(port, "auditor").get("/api/audit/events?operation=DISCLOSURE&recordId=" + crime);

            Map<String, Object> search = jdbc.queryForMap("""
                    SELECT username, record_type, details->'filters'->>'operation' AS operation,
                           details->>'returned' AS returned
                    FROM audit_event
                    WHERE operation = 'AUDIT_SEARCH' AND details->'filters'->>'recordId' = ?""", crime);
            assertThat(search).containsEntry("username", "auditor").containsEntry("record_type", "audit-event")
                    .containsEntry("operation", "DISCLOSURE").containsEntry("returned", "1");
        }

        @Test
        void shouldExplainAFilterThatIsNotValid() {
            ApiClient auditor = ApiClient.signedIn(port, "auditor");

            assertThat(auditor.get("/api/audit/events?operation=READ").status()).isEqualTo(400);
            assertThat(auditor.get("/api/audit/events?from=yesterday").status()).isEqualTo(400);
            ApiClient.Response tooBig = auditor.get("/api/audit/events?size=1000");
            assertThat(tooBig.status()).isEqualTo(400);
            assertThat(tooBig.json().at("/fieldErrors/0/field").asText()).isEqualTo("size");
        }
    }

    @Nested
    @DisplayName("GET /api/audit/events by day")
    class EventsByDay {

        @Test
        void shouldFindTodaysEventsByDayInEnglandAndWales() {
            LocalDate today = LocalDate.now(clock);
            ApiClient auditor = ApiClient.signedIn(port, "auditor");

            ApiClient.Response todays = auditor.get("/api/audit/events?recordId=" + crime + "&fromDate=" + today
                    + "&toDate=" + today);
            ApiClient.Response yesterdays = auditor.get("/api/audit/events?recordId=" + crime + "&fromDate="
                    + today.minusDays(1) + "&toDate=" + today.minusDays(1));

            assertThat(todays.json().get("total").asLong()).as(todays.body()).isOne();
            assertThat(yesterdays.json().get("total").asLong()).as(yesterdays.body()).isZero();
        }

        @Test
        void shouldRefuseALastDayBeforeTheFirst() {
            LocalDate today = LocalDate.now(clock);
            ApiClient.Response response = ApiClient.signedIn(port, "auditor")
                    .get("/api/audit/events?fromDate=" + today + "&toDate=" + today.minusDays(1));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().at("/fieldErrors/0/field").asText()).isEqualTo("toDate");
        }
    }

    @Nested
    @DisplayName("GET /api/audit/events/{id}")
    class Event {

        long disclosureId() {
            return jdbc.queryForObject("SELECT id FROM audit_event WHERE record_ids @> ARRAY[CAST(? AS text)]",
                    Long.class, crime);
        }

        @Test
        void shouldShowOneEventWithItsPlaceInTheChain() {
            long id = disclosureId();

            ApiClient.Response response = ApiClient.signedIn(port, "auditor").get("/api/audit/events/" + id);

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().at("/event/id").asLong()).isEqualTo(id);
            assertThat(response.json().at("/event/operation").asText()).isEqualTo("DISCLOSURE");
            assertThat(response.json().at("/event/recordIds/0").asText()).isEqualTo(crime);
            assertThat(response.json().at("/event/justification").asText()).isEqualTo("-1+1");
            String previousHash = jdbc.queryForObject("SELECT hash FROM audit_event WHERE id = ?", String.class,
                    response.json().get("previousEventId").asLong());
            assertThat(response.json().get("previousHash").asText()).isEqualTo(previousHash);
            assertThat(response.json().get("hash").asText()).isNotBlank();
        }

        @Test
        void shouldRecordThatTheEventWasOpened() {
            long id = disclosureId();

            ApiClient.signedIn(port, "auditor").get("/api/audit/events/" + id);

            assertThat(jdbc.queryForObject("""
                    SELECT count(*) FROM audit_event WHERE operation = 'AUDIT_SEARCH' AND username = 'auditor'
                    AND details->>'kind' = 'event' AND (details->>'eventId')::bigint = ?""", Long.class, id))
                    .isOne();
        }

        @Test
        void shouldAnswerNotFoundForAnEventThatDoesNotExistAndRefuseOtherRoles() {
            assertThat(ApiClient.signedIn(port, "auditor").get("/api/audit/events/999999999").status())
                    .isEqualTo(404);
            assertThat(ApiClient.signedIn(port, "ecu.officer").get("/api/audit/events/" + disclosureId()).status())
                    .isEqualTo(403);
        }
    }

    @Nested
    @DisplayName("GET /api/audit/events.csv")
    class EventsCsv {

        @Test
        void shouldRefuseAnonymousUsersAndOtherRoles() {
            assertThat(new ApiClient(port).get("/api/audit/events.csv").status()).isEqualTo(401);
            assertThat(ApiClient.signedIn(port, "ecu.officer").get("/api/audit/events.csv").status()).isEqualTo(403);
        }

        @Test
        void shouldExportWithFormulasNeutralised() {
            ApiClient.Response response =
                    ApiClient.signedIn(port, "auditor").get("/api/audit/events.csv?recordId=" + crime);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Content-Type")).startsWith("text/csv");
            assertThat(response.header("Content-Disposition")).contains("audit-events.csv");
            String[] lines = response.body().split("\r\n");
            assertThat(lines).hasSize(2);
            assertThat(lines[0]).startsWith("id,occurred_at,username,operation");
            assertThat(lines[1]).contains(",system,DISCLOSURE,crime," + crime + ",")
                    .contains(",'-1+1,")
                    .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"");
        }

        @Test
        void shouldRecordTheExportAsADisclosureToWhoeverDownloadedIt() {
            ApiClient.signedIn(port, "admin").get("/api/audit/events.csv?recordId=" + crime);

            Map<String, Object> export = jdbc.queryForMap("""
                    SELECT operation, record_type, recipient, details->>'kind' AS kind, details->>'returned' AS returned
                    FROM audit_event
                    WHERE username = 'admin' AND details->'filters'->>'recordId' = ?""", crime);
            assertThat(export).containsEntry("operation", "DISCLOSURE").containsEntry("record_type", "audit-event")
                    .containsEntry("recipient", "admin (CSV download)").containsEntry("kind", "csv-export")
                    .containsEntry("returned", "1");
        }
    }

    @Nested
    @DisplayName("GET /api/audit/verification")
    class Verification {

        @Test
        void shouldRefuseAnonymousUsersAndOtherRoles() {
            assertThat(new ApiClient(port).get("/api/audit/verification").status()).isEqualTo(401);
            assertThat(ApiClient.signedIn(port, "drug.worker").get("/api/audit/verification").status()).isEqualTo(403);
        }

        @Test
        void shouldReportAnIntactChainToAnAuditor() {
            ApiClient.Response response = ApiClient.signedIn(port, "auditor").get("/api/audit/verification");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("intact").asBoolean()).as(response.body()).isTrue();
            assertThat(response.json().get("checkedRecords").asLong()).isPositive();
            assertThat(response.json().get("lastVerifiedRecordId").asLong()).isPositive();
        }
    }
}
