package uk.police.ecu.casework.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * The first quarter of 2095 (and the 90 days before it), which no other test reaches: NFIB 90 reports and where
 * they were recategorised to, courier fraud marked at triage, monthly outcome returns sent on time and late, and
 * the crimes behind each figure for a supervisor. Everything made is removed afterwards.
 */
@IntegrationTest
class BoardReportFiguresIntegrationTest {

    private static final String QUARTER = "from=2095-01-01&to=2095-03-31";

    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @BeforeEach
    void buildTheTwoPeriods() {
        crime("BRD95-C1", "2095-01-10", "NFIB90", "NFIB3A", false);
        crime("BRD95-C2", "2095-02-10", "NFIB90", "NFIB90", true);
        crime("BRD95-C3", "2095-03-10", "NFIB1D", "NFIB1D", true);
        // The previous 90 days, 3 October to 31 December 2094.
        crime("BRD95-P1", "2094-11-10", "NFIB90", "NFIB3A", true);
        // January's return sent on the last day of February; February's at half past midnight on 1 April,
        // London time (still 31 March in UTC), so a day late; March's is built and not yet due.
        outcomeReturn("2095-01-01", "2095-02-28T23:30:00Z");
        outcomeReturn("2095-02-01", "2095-03-31T23:30:00Z");
        outcomeReturn("2095-03-01", null);
        outcomeReturn("2094-11-01", "2094-12-10T10:00:00Z");
    }

    @AfterEach
    void removeThem() {
        jdbc.sql("DELETE FROM outcome_return WHERE month IN (DATE '2095-01-01', DATE '2095-02-01', "
                + "DATE '2095-03-01', DATE '2094-11-01')").update();
        jdbc.sql("DELETE FROM crime WHERE crime_reference LIKE 'BRD95-%'").update();
    }

    @Test
    void shouldGiveTheNfib90MixCourierFraudAndReturnCompliance() {
        JsonNode report = ApiClient.signedIn(port, "analyst").get("/api/board-report?" + QUARTER).json();

        JsonNode mix = report.get("nfib90Recategorised");
        assertThat(mix).hasSize(2);
        count(mix.get(0), "NFIB3A", 1, 1, 0, "0.0");
        count(mix.get(1), "NFIB90", 1, 0, 1, null); // not yet recategorised
        count(report.get("courierFraud"), "COURIER_FRAUD", 2, 1, 1, "100.0");

        JsonNode returns = report.get("returnCompliance");
        returns(returns.get("current"), 2, 1, 1, 0, "50.0");
        returns(returns.get("previous"), 1, 1, 0, 0, "100.0");
        assertThat(returns.get("changePoints").decimalValue()).isEqualByComparingTo("-50.0");
        assertThat(returns.get("dueRule").asText()).contains("last day of the following month");

        String csv = ApiClient.signedIn(port, "analyst").get("/api/board-report.csv?" + QUARTER).body();
        assertThat(csv).contains("NFIB 90 recategorised to,NFIB3A Online Shopping and Auctions,1,1,0,0.0")
                .contains("Courier fraud,Courier fraud (marked at triage),2,1,1,100.0")
                .contains("Monthly outcome returns,Sent by the deadline (%),50.0,100.0,'-50.0,");
    }

    @Test
    void shouldShowASupervisorTheCrimesBehindAFigureAndRefuseAnAnalyst() {
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        JsonNode courier = supervisor.get("/api/board-report/cases?figure=COURIER_FRAUD&" + QUARTER).json();
        assertThat(courier).hasSize(2);
        assertThat(courier.get(0).get("crimeReference").asText()).isEqualTo("BRD95-C2");
        assertThat(courier.get(1).get("crimeReference").asText()).isEqualTo("BRD95-C3");
        JsonNode recategorised = supervisor.get("/api/board-report/cases?figure=NFIB90:NFIB3A&" + QUARTER).json();
        assertThat(recategorised).hasSize(1);
        assertThat(recategorised.get(0).get("crimeReference").asText()).isEqualTo("BRD95-C1");
        assertThat(supervisor.get("/api/board-report/cases?figure=FRAUD_TYPE:NFIB1D&" + QUARTER).json())
                .hasSize(1);

        assertThat(supervisor.get("/api/board-report/cases?figure=DROP%20TABLE&" + QUARTER).status())
                .isEqualTo(400);
        assertThat(ApiClient.signedIn(port, "analyst").get("/api/board-report/cases?figure=COURIER_FRAUD&" + QUARTER)
                .status()).isEqualTo(403);
    }

    @Test
    void shouldLetTriageMarkCourierFraudShowItOnTheCaseAndAuditIt() {
        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");

        assertThat(officer.send("PUT", "/api/fraud/cases/brd95-c1/courier-fraud", Map.of("courierFraud", true))
                .status()).isEqualTo(200);
        assertThat(courierFraudOnTheCase(officer, "BRD95-C1")).isTrue();
        assertThat(officer.send("PUT", "/api/fraud/cases/BRD95-C1/courier-fraud", Map.of("courierFraud", false))
                .status()).isEqualTo(200);
        assertThat(courierFraudOnTheCase(officer, "BRD95-C1")).isFalse();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE id > :before AND operation = 'ALTERATION'
                        AND record_ids[1] = 'BRD95-C1' AND details ->> 'field' = 'courierFraud'
                        AND username = 'ecu.officer'""").param("before", before).query(Long.class).single())
                .isEqualTo(2);

        assertThat(ApiClient.signedIn(port, "analyst").send("PUT", "/api/fraud/cases/BRD95-C1/courier-fraud",
                Map.of("courierFraud", true)).status()).isEqualTo(403);
        assertThat(officer.send("PUT", "/api/fraud/cases/BRD95-NONE/courier-fraud", Map.of("courierFraud", true))
                .status()).isEqualTo(404);
    }

    /** What the case page is given, which is what the officer sees. */
    private static boolean courierFraudOnTheCase(ApiClient user, String reference) {
        return user.get("/api/fraud/cases/" + reference).json().get("crime").get("courierFraud").asBoolean();
    }

    private void crime(String reference, String reported, String originalNfib, String nfib, boolean courier) {
        jdbc.sql("""
                        INSERT INTO crime (crime_reference, reported_date, nfib_code, original_nfib_code, victim_type,
                            victim_name, status, received_at, received_by, courier_fraud)
                        VALUES (:ref, :reported, :nfib, :original, 'INDIVIDUAL', 'Board Figures', 'RECEIVED',
                            :receivedAt, 'ecu.officer', :courier)""")
                .param("ref", reference).param("reported", LocalDate.parse(reported)).param("nfib", nfib)
                .param("original", originalNfib).param("courier", courier)
                .param("receivedAt", OffsetDateTime.parse(reported + "T09:00:00Z")).update();
    }

    private void outcomeReturn(String month, String submittedAt) {
        jdbc.sql("""
                        INSERT INTO outcome_return (month, status, crime_count, built_at, submitted_by, submitted_at)
                        VALUES (:month, :status, 0, :builtAt, :by, :submittedAt)""")
                .param("month", LocalDate.parse(month)).param("status", submittedAt == null ? "BUILT" : "SUBMITTED")
                .param("builtAt", OffsetDateTime.parse(month + "T09:00:00Z"))
                .param("by", submittedAt == null ? null : "ecu.supervisor")
                .param("submittedAt", submittedAt == null ? null : OffsetDateTime.parse(submittedAt)).update();
    }

    private static void returns(JsonNode row, long due, long onTime, long late, long notSent, String percent) {
        assertThat(row.get("monthsDue").asLong()).isEqualTo(due);
        assertThat(row.get("sentOnTime").asLong()).isEqualTo(onTime);
        assertThat(row.get("sentLate").asLong()).isEqualTo(late);
        assertThat(row.get("notSent").asLong()).isEqualTo(notSent);
        assertThat(row.get("compliancePercent").decimalValue()).isEqualByComparingTo(percent);
    }

    private static void count(JsonNode row, String key, long current, long previous, long change, String percent) {
        assertThat(row.get("key").asText()).isEqualTo(key);
        assertThat(row.get("current").asLong()).as(key + " this period").isEqualTo(current);
        assertThat(row.get("previous").asLong()).as(key + " previous period").isEqualTo(previous);
        assertThat(row.get("change").asLong()).as(key + " change").isEqualTo(change);
        if (percent == null) {
            assertThat(row.get("changePercent") == null || row.get("changePercent").isNull()).isTrue();
        } else {
            assertThat(row.get("changePercent").decimalValue()).isEqualByComparingTo(percent);
        }
    }
}
