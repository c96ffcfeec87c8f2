package uk.police.ecu.casework.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * February 2093 (and the January before it), which no other test reaches: a handful of fraud reports with known
 * types, ages, losses and outcomes, a victim list, and a romance fraud intensification period, and every figure
 * of the board report and its CSV for them, and the crimes behind the average losses and the campaign. Everything made is removed afterwards.
 */
@IntegrationTest
class BoardReportIntegrationTest {

    private static final String FEBRUARY = "from=2093-02-01&to=2093-02-28";
    private static final UUID VICTIM = UUID.fromString("00000000-0000-0000-0000-00000b0a2d93");

    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @BeforeEach
    void buildTheTwoPeriods() {
        // February: two romance frauds, two purchase frauds.
        crime("BRD93-C1", "2093-02-14", "NFIB1D", "INDIVIDUAL", "2048-02-14", "1000.00", "1", "2093-02-20");
        crime("BRD93-C2", "2093-02-05", "NFIB1D", "INDIVIDUAL", "2020-01-01", "3000.00", null, null);
        crime("BRD93-C3", "2093-02-12", "NFIB3A", "ORGANISATION", null, "500.50", "18", "2093-02-25");
        crime("BRD93-C4", "2093-02-28", "NFIB3A", "INDIVIDUAL", null, null, null, null);
        // The previous 28 days, 4 to 31 January: one of each.
        crime("BRD93-P1", "2093-01-10", "NFIB3A", "INDIVIDUAL", "2053-01-10", "200.00", "3", "2093-01-20");
        crime("BRD93-P2", "2093-01-10", "NFIB1D", "INDIVIDUAL", "2053-01-11", "400.00", null, null);
        // Outside both periods.
        crime("BRD93-X1", "2093-01-03", "NFIB1D", "INDIVIDUAL", "2000-01-01", "9999.00", "1", "2093-01-03");
        crime("BRD93-X2", "2093-03-01", "NFIB1D", "INDIVIDUAL", "2000-01-01", "9999.00", null, null);

        jdbc.sql("INSERT INTO victim (id, forename, surname, created_at) VALUES (:id, 'Board', 'Figures', "
                        + "TIMESTAMPTZ '2093-01-01 09:00:00+00')")
                .param("id", VICTIM).update();
        listing("BRD93-C2", "2093-02-03T10:00:00Z", null);
        listing("BRD93-P2", "2093-01-15T10:00:00Z", "VCR-BRD93");
        jdbc.sql("INSERT INTO victim_referral (reference, listing_id, referred_at) SELECT 'VCR-BRD93', id, "
                + "'2093-01-15T10:00:00Z' FROM victim_listing WHERE referral_reference = 'VCR-BRD93'").update();
        // A referral from a crime outside both periods, whose questionnaire was declined in the previous one.
        listing("BRD93-X1", "2093-01-03T10:00:00Z", "VCR-BRD94");
        jdbc.sql("INSERT INTO victim_referral (reference, listing_id, referred_at) SELECT 'VCR-BRD94', id, "
                + "'2093-01-03T10:00:00Z' FROM victim_listing WHERE referral_reference = 'VCR-BRD94'").update();
        jdbc.sql("INSERT INTO victim_romance_questionnaire (referral_reference, outcome, completed_on, recorded_by) "
                + "VALUES ('VCR-BRD93', 'COMPLETED', DATE '2093-02-08', 'ecvcu.officer'), "
                + "('VCR-BRD94', 'DECLINED', DATE '2093-01-20', 'ecvcu.officer')").update();
        jdbc.sql("INSERT INTO victim_resource_issue (referral_reference, resource, issued_on, issued_by) "
                + "VALUES ('VCR-BRD93', 'CALL_BLOCKER', DATE '2093-02-06', 'ecvcu.officer')").update();
        jdbc.sql("INSERT INTO victim_support_referral (referral_reference, consent_recorded_at, consent_recorded_by, "
                + "referred_on, referred_by) VALUES ('VCR-BRD93', '2093-01-20T10:00:00Z', 'ecvcu.officer', "
                + "DATE '2093-02-07', 'ecvcu.officer')").update();

        long period = jdbc.sql("INSERT INTO intensification_period (name, starts_on, ends_on) VALUES "
                        + "('Romance fraud week 2093', DATE '2093-02-10', DATE '2093-02-16') RETURNING id")
                .query(Long.class).single();
        jdbc.sql("INSERT INTO intensification_period_fraud_type (period_id, nfib_code) VALUES (:id, 'NFIB1D')")
                .param("id", period).update();
    }

    @AfterEach
    void removeThem() {
        jdbc.sql("DELETE FROM intensification_period WHERE name = 'Romance fraud week 2093'").update();
        jdbc.sql("DELETE FROM victim_support_referral WHERE referral_reference = 'VCR-BRD93'").update();
        jdbc.sql("DELETE FROM victim_resource_issue WHERE referral_reference = 'VCR-BRD93'").update();
        jdbc.sql("DELETE FROM victim_romance_questionnaire WHERE referral_reference IN ('VCR-BRD93', 'VCR-BRD94')")
                .update();
        jdbc.sql("DELETE FROM victim_referral WHERE reference IN ('VCR-BRD93', 'VCR-BRD94')").update();
        jdbc.sql("DELETE FROM victim_listing WHERE victim_id = :id").param("id", VICTIM).update();
        jdbc.sql("DELETE FROM victim WHERE id = :id").param("id", VICTIM).update();
        jdbc.sql("DELETE FROM crime WHERE crime_reference LIKE 'BRD93-%'").update();
    }

    @Test
    void shouldGiveTheBoardEveryFigureBesideThePreviousPeriod() {
        JsonNode report = ApiClient.signedIn(port, "analyst").get("/api/board-report?" + FEBRUARY).json();

        assertThat(report.get("previousFrom").asText()).isEqualTo("2093-01-04");
        assertThat(report.get("previousTo").asText()).isEqualTo("2093-01-31");

        assertThat(report.get("fraudTypes")).hasSize(2);
        count(report.get("fraudTypes").get(0), "NFIB1D", 2, 1, 1, "100.0");
        assertThat(report.get("fraudTypes").get(0).get("label").asText()).isEqualTo("Dating Scam");
        count(report.get("fraudTypes").get(1), "NFIB3A", 2, 1, 1, "100.0");

        JsonNode ages = report.get("ageBands");
        assertThat(ages).hasSize(10);
        count(ages.get(0), "0-20", 0, 0, 0, null);
        count(ages.get(1), "21-30", 0, 0, 0, null);
        count(ages.get(2), "31-40", 0, 2, -2, "-100.0"); // 40 on the day reported, and 39
        count(ages.get(3), "41-50", 1, 0, 1, null);
        count(ages.get(4), "51-60", 0, 0, 0, null);
        count(ages.get(5), "61-70", 0, 0, 0, null);
        count(ages.get(6), "71-80", 1, 0, 1, null);
        count(ages.get(7), "81+", 0, 0, 0, null);
        count(ages.get(8), "NOT_RECORDED", 1, 0, 1, null);
        count(ages.get(9), "ORGANISATION", 1, 0, 1, null);

        JsonNode individuals = report.get("averageLoss").get(0);
        assertThat(individuals.get("label").asText()).isEqualTo("Individuals");
        money(individuals.get("current"), "2000.00"); // the report without a loss is not counted as £0
        assertThat(individuals.get("currentReports").asLong()).isEqualTo(2);
        money(individuals.get("previous"), "300.00");
        money(individuals.get("change"), "1700.00");
        JsonNode organisations = report.get("averageLoss").get(1);
        money(organisations.get("current"), "500.50");
        assertThat(notRecorded(organisations.get("previous"))).isTrue();
        assertThat(notRecorded(organisations.get("change"))).isTrue();

        JsonNode outcome = report.get("outcomeRate");
        assertThat(outcome.get("current").get("positiveOutcomes").asLong()).isEqualTo(1);
        assertThat(outcome.get("current").get("crimes").asLong()).isEqualTo(4);
        money(outcome.get("current").get("ratePercent"), "25.0");
        assertThat(outcome.get("previous").get("positiveOutcomes").asLong()).isEqualTo(1);
        assertThat(outcome.get("previous").get("crimes").asLong()).isEqualTo(2);
        money(outcome.get("previous").get("ratePercent"), "50.0");
        money(outcome.get("changePoints"), "-25.0");
        money(outcome.get("nationalRatePercent"), "2.9");
        assertThat(outcome.get("nationalRateSource").asText()).contains("2024 paper");

        JsonNode care = report.get("victimCare");
        count(care.get(0), "SCREENED", 1, 1, 0, "0.0");
        count(care.get(1), "REFERRED", 0, 1, -1, "-100.0");
        count(care.get(2), "CONTACTED", 0, 0, 0, null);
        count(care.get(3), "CALL_BLOCKERS", 1, 0, 1, null);
        count(care.get(4), "VICTIM_SUPPORT", 1, 0, 1, null);
        count(care.get(5), "ROMANCE_QUESTIONNAIRES", 1, 0, 1, null);
        count(care.get(6), "ROMANCE_QUESTIONNAIRES_DECLINED", 0, 1, -1, "-100.0");
        assertThat(care).hasSize(7);

        assertThat(report.get("intensificationPeriods")).hasSize(1);
        JsonNode week = report.get("intensificationPeriods").get(0);
        assertThat(week.get("name").asText()).isEqualTo("Romance fraud week 2093");
        assertThat(week.get("fraudTypes").get(0).asText()).isEqualTo("NFIB1D");
        assertThat(week.get("reports").asLong()).isEqualTo(1); // 14 February
        assertThat(week.get("reportsBefore").asLong()).isEqualTo(1); // 5 February, in the 7 days before
        assertThat(week.get("change").asLong()).isZero();
    }

    @Test
    void shouldGiveTheSameFiguresAsCsv() {
        String csv = ApiClient.signedIn(port, "ecu.supervisor").get("/api/board-report.csv?" + FEBRUARY).body();

        assertThat(csv).contains("Fraud reports by NFIB type,NFIB1D Dating Scam,2,1,1,100.0")
                .contains("Fraud reports by victim age,31–40,0,2,'-2,'-100.0")
                .contains("Average loss (GBP),Individuals,2000.00,300.00,1700.00,")
                .contains("Average loss (GBP),Organisations,500.50,not recorded,not recorded,")
                .contains("Outcome rate,Outcome rate (%),25.0,50.0,'-25.0,")
                .contains("Outcome rate,National outcome rate (%),2.90,")
                .contains("Victim care,Call blockers issued,1,0,1,")
                .contains("Victim care,Romance fraud victim questionnaires declined,0,1,'-1,'-100.0")
                .contains("Intensification period,\"Romance fraud week 2093 (NFIB1D, 2093-02-10 to 2093-02-16)\",1,1,0,0.0");
    }

    @Test
    void shouldDrillIntoExactlyTheReportsAnAverageLossAndACampaignCount() {
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        // C3 is an organisation's and C4 recorded no loss: neither is in the individuals' average.
        JsonNode individuals = supervisor.get("/api/board-report/cases?figure=AVERAGE_LOSS:INDIVIDUAL&" + FEBRUARY)
                .json();
        assertThat(references(individuals)).containsExactly("BRD93-C2", "BRD93-C1");
        money(individuals.get(0).get("lossGbp"), "3000.00");
        assertThat(references(supervisor.get("/api/board-report/cases?figure=AVERAGE_LOSS:ORGANISATION&"
                + FEBRUARY).json())).containsExactly("BRD93-C3");

        // The campaign's own days and types, whatever period is asked for: C2 is before it, C3 another type.
        long week = jdbc.sql("SELECT id FROM intensification_period WHERE name = 'Romance fraud week 2093'")
                .query(Long.class).single();
        JsonNode report = ApiClient.signedIn(port, "analyst").get("/api/board-report?" + FEBRUARY).json();
        assertThat(report.get("intensificationPeriods").get(0).get("id").asLong()).isEqualTo(week);
        assertThat(references(supervisor.get("/api/board-report/cases?figure=INTENSIFICATION:" + week
                + "&from=2093-06-01&to=2093-06-30").json())).containsExactly("BRD93-C1");
    }

    @Test
    void shouldAuditASupervisorsDrillDownAndAnAnalystsRefusal() {
        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();

        ApiClient.signedIn(port, "ecu.supervisor").get("/api/board-report/cases?figure=AVERAGE_LOSS:INDIVIDUAL&"
                + FEBRUARY).json();
        assertThat(ApiClient.signedIn(port, "analyst").get("/api/board-report/cases?figure=AVERAGE_LOSS:INDIVIDUAL&"
                + FEBRUARY).status()).isEqualTo(403);

        assertThat(jdbc.sql("""
                        SELECT array_to_string(record_ids, ' ') || ' ' || (details ->> 'figure') || ' '
                            || (details ->> 'from') || ' ' || (details ->> 'to')
                        FROM audit_event WHERE id > :before AND username = 'ecu.supervisor'
                        AND operation = 'CONSULTATION' AND record_type = 'crime'""")
                .param("before", before).query(String.class).list())
                .containsExactly("BRD93-C2 BRD93-C1 AVERAGE_LOSS:INDIVIDUAL 2093-02-01 2093-02-28");
        assertThat(jdbc.sql("""
                        SELECT record_ids[1] FROM audit_event WHERE id > :before AND username = 'analyst'
                        AND operation = 'ACCESS_REFUSED'""")
                .param("before", before).query(String.class).list())
                .containsExactly("GET /api/board-report/cases");
    }

    @Test
    void shouldRefuseOfficersAndABackwardsPeriod() {
        assertThat(ApiClient.signedIn(port, "ecu.officer").get("/api/board-report?" + FEBRUARY).status())
                .isEqualTo(403);
        assertThat(ApiClient.signedIn(port, "analyst").get("/api/board-report?from=2093-03-01&to=2093-02-01")
                .status()).isEqualTo(400);
    }

    private void crime(String reference, String reported, String nfib, String victimType, String dateOfBirth,
                       String loss, String outcome, String outcomeDate) {
        jdbc.sql("""
                        INSERT INTO crime (crime_reference, reported_date, nfib_code, original_nfib_code, victim_type,
                            victim_name, victim_date_of_birth, loss_gbp, status, outcome_code, home_office_outcome,
                            outcome_date, received_at, received_by)
                        VALUES (:ref, :reported, :nfib, :nfib, :type, 'Board Figures', :dob, :loss, 'RECEIVED', :outcome,
                            :outcome, :outcomeDate, :receivedAt, 'ecu.officer')""")
                .param("ref", reference).param("reported", LocalDate.parse(reported)).param("nfib", nfib)
                .param("type", victimType).param("dob", dateOfBirth == null ? null : LocalDate.parse(dateOfBirth))
                .param("loss", loss == null ? null : new BigDecimal(loss)).param("outcome", outcome)
                .param("outcomeDate", outcomeDate == null ? null : LocalDate.parse(outcomeDate))
                .param("receivedAt", OffsetDateTime.parse(reported + "T09:00:00Z")).update();
    }

    private void listing(String crime, String screenedAt, String referral) {
        jdbc.sql("""
                        INSERT INTO victim_listing (id, victim_id, crime_reference, reported_date, nfib_code, list_week,
                            screening_result, screened_at, referral_reference)
                        SELECT :id, :victim, crime_reference, reported_date, nfib_code, reported_date, :result,
                            :screenedAt, :referral FROM crime WHERE crime_reference = :crime""")
                .param("id", UUID.randomUUID()).param("victim", VICTIM).param("crime", crime)
                .param("result", referral == null ? "SCREENED_OUT" : "REFERRED")
                .param("screenedAt", OffsetDateTime.parse(screenedAt)).param("referral", referral).update();
    }

    private static void count(JsonNode row, String key, long current, long previous, long change, String percent) {
        assertThat(row.get("key").asText()).isEqualTo(key);
        assertThat(row.get("current").asLong()).as(key + " this period").isEqualTo(current);
        assertThat(row.get("previous").asLong()).as(key + " previous period").isEqualTo(previous);
        assertThat(row.get("change").asLong()).as(key + " change").isEqualTo(change);
        if (percent == null) {
            assertThat(notRecorded(row.get("changePercent"))).as(key + " change %").isTrue();
        } else {
            money(row.get("changePercent"), percent);
        }
    }

    private static List<String> references(JsonNode cases) {
        List<String> references = new ArrayList<>();
        cases.forEach(c -> references.add(c.get("crimeReference").asText()));
        return references;
    }

    /** The API leaves out a figure it has no value for; the page shows it as "not recorded". */
    private static boolean notRecorded(JsonNode value) {
        return value == null || value.isNull();
    }

    private static void money(JsonNode value, String expected) {
        assertThat(value.decimalValue()).isEqualByComparingTo(expected);
    }
}
