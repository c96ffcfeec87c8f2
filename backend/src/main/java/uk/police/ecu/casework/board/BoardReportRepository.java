package uk.police.ecu.casework.board;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the board's figures from every crime, victim listing, victim care record and Protect activity in a period. */
@Repository
class BoardReportRepository {

    /**
     * The papers' ten-year age brackets (41-50, 51-60, 61-70), continued either side. A victim's age is
     * taken on the date the fraud was reported; an organisation has no age and is counted on its own line.
     */
    private static final String AGE_BAND = """
            CASE WHEN victim_type = 'ORGANISATION' THEN 'ORGANISATION'
                 WHEN victim_date_of_birth IS NULL THEN 'NOT_RECORDED'
                 ELSE CASE WHEN a <= 20 THEN '0-20' WHEN a <= 30 THEN '21-30' WHEN a <= 40 THEN '31-40'
                           WHEN a <= 50 THEN '41-50' WHEN a <= 60 THEN '51-60' WHEN a <= 70 THEN '61-70'
                           WHEN a <= 80 THEN '71-80' ELSE '81+' END END""";

    /** A timestamp's day in the force's zone (the product clock's), within the period. */
    private static final String FORCE_DAY = " AT TIME ZONE :zone)::date BETWEEN :from AND :to";

    private final JdbcClient jdbc;
    private final String zone;

    BoardReportRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone().getId();
    }

    record Keyed(String key, String label, long reports) {
    }

    record Loss(String victimType, BigDecimal average, long reports) {
    }

    record Period(long id, String name, LocalDate from, LocalDate to, List<String> fraudTypes) {
    }

    /** Fraud reports by the NFIB type the case holds now (after any recategorisation). */
    List<Keyed> reportsByFraudType(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT c.nfib_code AS key, coalesce(t.name, c.nfib_code) AS label, count(*) AS reports
                        FROM crime c LEFT JOIN nfib_fraud_type t ON t.code = c.nfib_code
                        WHERE c.reported_date BETWEEN :from AND :to
                        GROUP BY c.nfib_code, t.name""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new Keyed(rs.getString("key"), rs.getString("label"), rs.getLong("reports"))).list();
    }

    List<Keyed> reportsByAgeBand(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT " + AGE_BAND + " AS key, count(*) AS reports FROM ("
                        + " SELECT victim_type, victim_date_of_birth,"
                        + " date_part('year', age(reported_date, victim_date_of_birth)) AS a"
                        + " FROM crime WHERE reported_date BETWEEN :from AND :to) c GROUP BY 1")
                .param("from", from).param("to", to)
                .query((rs, n) -> new Keyed(rs.getString("key"), rs.getString("key"), rs.getLong("reports"))).list();
    }

    /** Average loss of the reports that recorded one; a report without a loss is not counted as £0. */
    List<Loss> averageLoss(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT victim_type, round(avg(loss_gbp), 2) AS average, count(*) AS reports
                        FROM crime WHERE reported_date BETWEEN :from AND :to AND loss_gbp IS NOT NULL
                        GROUP BY victim_type""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new Loss(rs.getString("victim_type"), rs.getBigDecimal("average"),
                        rs.getLong("reports"))).list();
    }

    long crimesReported(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT count(*) FROM crime WHERE reported_date BETWEEN :from AND :to")
                .param("from", from).param("to", to).query(Long.class).single();
    }

    /** Positive outcomes recorded in the period, whenever the crime was reported (as the national rate counts). */
    long positiveOutcomes(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT count(*) FROM crime c JOIN home_office_outcome o ON o.code = c.home_office_outcome
                        WHERE o.positive AND c.outcome_date BETWEEN :from AND :to""")
                .param("from", from).param("to", to).query(Long.class).single();
    }

    record ReferenceFigure(BigDecimal value, String source) {
    }

    ReferenceFigure referenceFigure(String id) {
        return jdbc.sql("SELECT value, source FROM board_reference_figure WHERE id = :id").param("id", id)
                .query((rs, n) -> new ReferenceFigure(rs.getBigDecimal("value"), rs.getString("source")))
                .optional().orElse(null);
    }

    long victimsScreened(LocalDate from, LocalDate to) {
        return count("SELECT count(*) FROM victim_listing WHERE (screened_at" + FORCE_DAY, from, to);
    }

    long victimsReferred(LocalDate from, LocalDate to) {
        return count("SELECT count(*) FROM victim_listing WHERE screening_result = 'REFERRED' AND (screened_at"
                + FORCE_DAY, from, to);
    }

    /** First contact made: the assessment records the day the victim was reached. */
    long victimsContacted(LocalDate from, LocalDate to) {
        return count("SELECT count(*) FROM victim_assessment WHERE contacted_on BETWEEN :from AND :to", from, to);
    }

    long callBlockersIssued(LocalDate from, LocalDate to) {
        return count("SELECT count(*) FROM victim_resource_issue WHERE resource = 'CALL_BLOCKER'"
                + " AND issued_on BETWEEN :from AND :to", from, to);
    }

    long victimSupportReferrals(LocalDate from, LocalDate to) {
        return count("SELECT count(*) FROM victim_support_referral WHERE referred_on BETWEEN :from AND :to",
                from, to);
    }

    /**
     * The City of London Police asks for the national questionnaire from every romance fraud victim (2022 paper,
     * paragraph 20): those completed are the figure; those the victim declined are counted beside them.
     */
    long romanceQuestionnairesCompleted(LocalDate from, LocalDate to) {
        return romanceQuestionnaires("COMPLETED", from, to);
    }

    long romanceQuestionnairesDeclined(LocalDate from, LocalDate to) {
        return romanceQuestionnaires("DECLINED", from, to);
    }

    private long romanceQuestionnaires(String outcome, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT count(*) FROM victim_romance_questionnaire WHERE outcome = :outcome"
                        + " AND completed_on BETWEEN :from AND :to")
                .param("outcome", outcome).param("from", from).param("to", to).query(Long.class).single();
    }

    record Protect(long posts, long impressions, long events, long peopleEngaged) {
    }

    /** Protect activity held or posted in the period, as victim care records it for APMIS. */
    Protect protectActivity(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE kind = 'SOCIAL_MEDIA_POST'),
                               coalesce(sum(figure) FILTER (WHERE kind = 'SOCIAL_MEDIA_POST'), 0),
                               count(*) FILTER (WHERE kind = 'OUTREACH_EVENT'),
                               coalesce(sum(figure) FILTER (WHERE kind = 'OUTREACH_EVENT'), 0)
                        FROM protect_activity WHERE held_on BETWEEN :from AND :to""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new Protect(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }

    /** Intensification periods with any day inside the chosen range. */
    List<Period> intensificationPeriods(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT p.id, p.name, p.starts_on, p.ends_on,
                               array_to_string(array_agg(t.nfib_code ORDER BY t.nfib_code), ',') AS codes
                        FROM intensification_period p JOIN intensification_period_fraud_type t ON t.period_id = p.id
                        WHERE p.starts_on <= :to AND p.ends_on >= :from
                        GROUP BY p.id ORDER BY p.starts_on, p.name""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new Period(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        Arrays.asList(rs.getString("codes").split(",")))).list();
    }

    long reportsOfTypes(List<String> codes, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT count(*) FROM crime WHERE nfib_code IN (:codes) AND reported_date BETWEEN :from AND :to")
                .param("codes", codes).param("from", from).param("to", to).query(Long.class).single();
    }

    private long count(String sql, LocalDate from, LocalDate to) {
        return jdbc.sql(sql).param("from", from).param("to", to).param("zone", zone).query(Long.class).single();
    }
    record ReturnSent(LocalDate month, Instant submittedAt) {
    }

    /** Monthly outcome returns for the months starting in the period; one not yet submitted has no time. */
    List<ReturnSent> outcomeReturns(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT month, CASE WHEN status = 'SUBMITTED' THEN submitted_at END AS submitted_at
                        FROM outcome_return WHERE month BETWEEN :from AND :to ORDER BY month""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new ReturnSent(rs.getObject("month", LocalDate.class),
                        rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant()))
                .list();
    }

    /** Crimes reported in the period that were reported as NFIB 90, by the code they hold now. */
    List<Keyed> recategorisedFrom90(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT c.nfib_code AS key, coalesce(t.name, c.nfib_code) AS label, count(*) AS reports
                        FROM crime c LEFT JOIN nfib_fraud_type t ON t.code = c.nfib_code
                        WHERE c.original_nfib_code = 'NFIB90' AND c.reported_date BETWEEN :from AND :to
                        GROUP BY c.nfib_code, t.name""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new Keyed(rs.getString("key"), rs.getString("label"), rs.getLong("reports"))).list();
    }

    long courierFraud(LocalDate from, LocalDate to) {
        return count("SELECT count(*) FROM crime WHERE courier_fraud AND reported_date BETWEEN :from AND :to",
                from, to);
    }

    /**
     * A crime behind a figure, without the victim's details: the supervisor opens the case for those. The loss is
     * the case's own figure, shown where the drilled figure is an average loss.
     */
    record CaseRow(String crimeReference, LocalDate reportedDate, String nfibCode, String status, BigDecimal lossGbp) {
    }

    private static final String COLUMNS = "SELECT crime_reference, reported_date, nfib_code, status, loss_gbp FROM ";
    private static final String CASES = COLUMNS + "crime c WHERE ";
    private static final String REPORTED = " c.reported_date BETWEEN :from AND :to";
    private static final String IN_ORDER = " ORDER BY reported_date, crime_reference";

    List<CaseRow> casesReported(LocalDate from, LocalDate to) {
        return cases(CASES + REPORTED + IN_ORDER, from, to, null);
    }

    List<CaseRow> casesOfType(String code, LocalDate from, LocalDate to) {
        return cases(CASES + "c.nfib_code = :key AND" + REPORTED + IN_ORDER, from, to, code);
    }

    List<CaseRow> casesRecategorisedFrom90(String code, LocalDate from, LocalDate to) {
        return cases(CASES + "c.original_nfib_code = 'NFIB90' AND c.nfib_code = :key AND" + REPORTED + IN_ORDER,
                from, to, code);
    }

    List<CaseRow> courierFraudCases(LocalDate from, LocalDate to) {
        return cases(CASES + "c.courier_fraud AND" + REPORTED + IN_ORDER, from, to, null);
    }

    List<CaseRow> positiveOutcomeCases(LocalDate from, LocalDate to) {
        return cases(CASES + "c.home_office_outcome IN (SELECT code FROM home_office_outcome WHERE positive)"
                + " AND c.outcome_date BETWEEN :from AND :to" + IN_ORDER, from, to, null);
    }

    List<CaseRow> casesInAgeBand(String band, LocalDate from, LocalDate to) {
        return cases(COLUMNS + "(SELECT *,"
                + " date_part('year', age(reported_date, victim_date_of_birth)) AS a FROM crime"
                + " WHERE reported_date BETWEEN :from AND :to) c WHERE " + AGE_BAND + " = :key" + IN_ORDER,
                from, to, band);
    }

    /** Exactly the reports {@link #averageLoss} averages: of that victim type, in the period, with a loss recorded. */
    List<CaseRow> casesWithLoss(String victimType, LocalDate from, LocalDate to) {
        return cases(CASES + "c.victim_type = :key AND c.loss_gbp IS NOT NULL AND" + REPORTED + IN_ORDER,
                from, to, victimType);
    }

    /**
     * Exactly the reports a campaign's figure counts ({@link #reportsOfTypes} over the campaign's own types and
     * days), whatever period the page shows; none for a campaign that does not exist.
     */
    List<CaseRow> intensificationCases(long periodId) {
        return cases(CASES + """
                c.nfib_code IN (SELECT nfib_code FROM intensification_period_fraud_type WHERE period_id = :key)
                AND c.reported_date BETWEEN (SELECT starts_on FROM intensification_period WHERE id = :key)
                    AND (SELECT ends_on FROM intensification_period WHERE id = :key)""" + IN_ORDER, null, null, periodId);
    }

    private List<CaseRow> cases(String sql, LocalDate from, LocalDate to, Object key) {
        var statement = jdbc.sql(sql).param("from", from).param("to", to);
        if (key != null) {
            statement = statement.param("key", key);
        }
        return statement.query((rs, n) -> new CaseRow(rs.getString("crime_reference"),
                rs.getObject("reported_date", LocalDate.class), rs.getString("nfib_code"), rs.getString("status"),
                rs.getBigDecimal("loss_gbp"))).list();
    }
}
