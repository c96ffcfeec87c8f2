package uk.police.ecu.casework.recovery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The programme evaluation's figures for one local authority area and period ({@code o2r_*} tables).
 * These figures feed board reports, so each statement is kept word for word as the evaluation first
 * published it: a change here changes the board's numbers.
 */
@Repository
class EvaluationRepository {

    private final JdbcClient jdbc;

    EvaluationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One area and the period its figures cover, both dates included. */
    record AreaPeriod(String area, LocalDate from, LocalDate to) {

        Map<String, Object> params() {
            return Map.of("area", area, "from", from, "to", to);
        }
    }

    /** A participant enrolled in the period, with their exit date if they have left. */
    record Window(String reference, LocalDate enrolled, LocalDate exited) {
    }

    /** A participant's offences and the value stolen, in some window. */
    record OffenceTotals(double offences, double valueGbp) {
    }

    private static final String REFERRED =
            " FROM o2r_participant WHERE local_authority = :area AND referral_date BETWEEN :from AND :to";

    long referrals(AreaPeriod p) {
        return count("SELECT count(*)" + REFERRED, p.params());
    }

    long ineligible(AreaPeriod p) {
        return count("SELECT count(*)" + REFERRED + " AND status = 'INELIGIBLE'", p.params());
    }

    long decided(AreaPeriod p) {
        return count("SELECT count(*)" + REFERRED + " AND status <> 'REFERRED'", p.params());
    }

    Map<String, Long> referralsBySource(AreaPeriod p) {
        return grouped("SELECT referral_source, count(*)" + REFERRED + " GROUP BY 1 ORDER BY 1", p.params());
    }

    Map<String, Long> ineligibilityReasons(AreaPeriod p) {
        return grouped("SELECT unnest(ineligibility_reasons), count(*)" + REFERRED + " GROUP BY 1 ORDER BY 1", p.params());
    }

    long declinedAtAssessment(AreaPeriod p) {
        return count("SELECT count(*)" + REFERRED + " AND status = 'DECLINED'", p.params());
    }

    long withdrewConsent(AreaPeriod p) {
        return count(exits(" AND exit_reason = 'WITHDREW_CONSENT'"), p.params());
    }

    long disengaged(AreaPeriod p) {
        return count(exits(" AND exit_reason = 'DISENGAGED'"), p.params());
    }

    long enrolments(AreaPeriod p) {
        return count("SELECT count(*) FROM o2r_participant WHERE local_authority = :area AND enrolment_date BETWEEN :from AND :to",
                p.params());
    }

    long rehabAdmissions(AreaPeriod p) {
        return count(stages("REHAB_ADMISSION"), p.params());
    }

    long rehabCompletions(AreaPeriod p) {
        return count(stages("REHAB_COMPLETION"), p.params());
    }

    long rehabEarlyDischarges(AreaPeriod p) {
        return count(stages("REHAB_EARLY_DISCHARGE"), p.params());
    }

    Map<String, Long> earlyDischargeReasons(AreaPeriod p) {
        return grouped("""
                SELECT s.discharge_reason, count(*) FROM o2r_pathway_stage s
                JOIN o2r_participant p ON p.reference = s.participant
                WHERE p.local_authority = :area AND s.stage = 'REHAB_EARLY_DISCHARGE'
                  AND s.stage_date BETWEEN :from AND :to GROUP BY 1 ORDER BY 1""", p.params());
    }

    Map<String, Long> exitsByReason(AreaPeriod p) {
        return grouped("SELECT exit_reason, count(*) FROM o2r_participant WHERE local_authority = :area"
                + " AND exit_date BETWEEN :from AND :to GROUP BY 1 ORDER BY 1", p.params());
    }

    private static String exits(String condition) {
        return "SELECT count(*) FROM o2r_participant WHERE local_authority = :area AND exit_date BETWEEN :from AND :to"
                + condition;
    }

    private static String stages(String stage) {
        return """
                SELECT count(*) FROM o2r_pathway_stage s JOIN o2r_participant p ON p.reference = s.participant
                WHERE p.local_authority = :area AND s.stage = '%s' AND s.stage_date BETWEEN :from AND :to""".formatted(stage);
    }

    List<Evaluation.ReviewEngagement> engagement(AreaPeriod p) {
        return jdbc.sql("""
                SELECT r.review_number, count(r.engagement) AS recorded,
                       count(*) FILTER (WHERE r.engagement = 'ATTENDED') AS attended,
                       count(*) FILTER (WHERE r.engagement = 'PARTLY') AS partly,
                       count(*) FILTER (WHERE r.engagement = 'MISSED') AS missed
                FROM o2r_review r JOIN o2r_participant p ON p.reference = r.participant
                WHERE p.local_authority = :area AND r.review_date BETWEEN :from AND :to
                GROUP BY r.review_number HAVING count(r.engagement) > 0 ORDER BY r.review_number""")
                .params(p.params()).query((rs, n) -> {
                    long recorded = rs.getLong("recorded");
                    long engaged = rs.getLong("attended") + rs.getLong("partly");
                    return new Evaluation.ReviewEngagement(rs.getInt("review_number"), recorded, rs.getLong("attended"),
                            rs.getLong("partly"), rs.getLong("missed"),
                            BigDecimal.valueOf(engaged).divide(BigDecimal.valueOf(recorded), 3, RoundingMode.HALF_UP));
                }).list();
    }

    List<Evaluation.FollowUpOutcome> followUps(AreaPeriod p) {
        return jdbc.sql("""
                SELECT f.months, count(*) FILTER (WHERE f.result = 'FOLLOWED_UP') AS followed_up,
                       count(*) FILTER (WHERE f.result = 'NOT_TRACED') AS not_traced,
                       count(*) FILTER (WHERE f.abstinent) AS abstinent, count(*) FILTER (WHERE f.reoffended) AS reoffended
                FROM o2r_follow_up f JOIN o2r_participant p ON p.reference = f.participant
                WHERE p.local_authority = :area AND f.due_date BETWEEN :from AND :to
                GROUP BY f.months ORDER BY f.months""")
                .params(p.params()).query((rs, n) -> new Evaluation.FollowUpOutcome(rs.getInt("months"), rs.getLong("followed_up"),
                        rs.getLong("abstinent"), rs.getLong("reoffended"), rs.getLong("not_traced"))).list();
    }

    /** The participants enrolled in the period. */
    List<Window> enrolled(AreaPeriod p) {
        return jdbc.sql("""
                SELECT reference, enrolment_date, exit_date FROM o2r_participant
                WHERE local_authority = :area AND enrolment_date BETWEEN :from AND :to""")
                .params(p.params()).query((rs, n) -> new Window(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class))).list();
    }

    /** One participant's offences and value stolen in [start, end). */
    OffenceTotals offences(String reference, LocalDate start, LocalDate end) {
        return jdbc.sql("""
                SELECT count(*), coalesce(sum(value_stolen_gbp), 0) FROM o2r_offence
                WHERE participant = :reference AND offence_date >= :start AND offence_date < :end""")
                .param("reference", reference).param("start", start).param("end", end)
                .query((rs, n) -> new OffenceTotals(rs.getLong(1), rs.getBigDecimal(2).doubleValue())).single();
    }

    private long count(String sql, Map<String, Object> p) {
        return jdbc.sql(sql).params(p).query(Long.class).single();
    }

    private Map<String, Long> grouped(String sql, Map<String, Object> p) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(sql).params(p).query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }
}
