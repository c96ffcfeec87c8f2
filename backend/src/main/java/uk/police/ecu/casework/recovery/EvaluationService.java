package uk.police.ecu.casework.recovery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.shared.NotFoundException;

/**
 * Aggregates the programme per local authority area and period. Referrals and eligibility count by
 * referral date, enrolments by enrolment date, pathway stages by stage date, exits by exit date, reviews by
 * review date and follow-ups by due date; offending compares the participants enrolled in the period.
 */
@Service
@PreAuthorize("hasAnyRole('PERFORMANCE_ANALYST', 'O2R_OFFICER', 'ADMINISTRATOR')")
public class EvaluationService {

    private final JdbcClient jdbc;
    private final LocalAuthorities areas;
    private final ProgrammeCalendar calendar;

    EvaluationService(JdbcClient jdbc, LocalAuthorities areas, ProgrammeCalendar calendar) {
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.areas = areas;
    }

    @Transactional(readOnly = true)
    public Evaluation evaluate(String area, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw InvalidInputException.field(from == null ? "from" : "to", "Give the period as from and to dates");
        }
        if (to.isBefore(from)) {
            throw InvalidInputException.field("to", "The end of the period cannot be before its start");
        }
        List<LocalAuthority> chosen = area == null || area.isBlank() ? areas.all()
                : List.of(areas.find(area).orElseThrow(() ->
                        new NotFoundException("There is no local authority area " + area)));
        return new Evaluation(from, to, chosen.stream().map(a -> figures(a, from, to)).toList()).published();
    }

    private Evaluation.AreaFigures figures(LocalAuthority area, LocalDate from, LocalDate to) {
        Map<String, Object> p = Map.of("area", area.id(), "from", from, "to", to);
        String referred = " FROM o2r_participant WHERE local_authority = :area AND referral_date BETWEEN :from AND :to";
        long referrals = count("SELECT count(*)" + referred, p);
        long ineligible = count("SELECT count(*)" + referred + " AND status = 'INELIGIBLE'", p);
        long decided = count("SELECT count(*)" + referred + " AND status <> 'REFERRED'", p);
        return new Evaluation.AreaFigures(area.id(), area.name(), referrals,
                grouped("SELECT referral_source, count(*)" + referred + " GROUP BY 1 ORDER BY 1", p),
                decided - ineligible, ineligible,
                grouped("SELECT unnest(ineligibility_reasons), count(*)" + referred + " GROUP BY 1 ORDER BY 1", p),
                count("SELECT count(*)" + referred + " AND status = 'DECLINED'", p),
                count(exits(" AND exit_reason = 'WITHDREW_CONSENT'"), p),
                count(exits(" AND exit_reason = 'DISENGAGED'"), p),
                count("SELECT count(*) FROM o2r_participant WHERE local_authority = :area AND enrolment_date BETWEEN :from AND :to", p),
                count(stages("REHAB_ADMISSION"), p), count(stages("REHAB_COMPLETION"), p),
                count(stages("REHAB_EARLY_DISCHARGE"), p),
                grouped("""
                        SELECT s.discharge_reason, count(*) FROM o2r_pathway_stage s
                        JOIN o2r_participant p ON p.reference = s.participant
                        WHERE p.local_authority = :area AND s.stage = 'REHAB_EARLY_DISCHARGE'
                          AND s.stage_date BETWEEN :from AND :to GROUP BY 1 ORDER BY 1""", p),
                grouped("SELECT exit_reason, count(*) FROM o2r_participant WHERE local_authority = :area"
                        + " AND exit_date BETWEEN :from AND :to GROUP BY 1 ORDER BY 1", p),
                engagement(p), followUps(p), offending(p, to));
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

    private List<Evaluation.ReviewEngagement> engagement(Map<String, Object> p) {
        return jdbc.sql("""
                SELECT r.review_number, count(r.engagement) AS recorded,
                       count(*) FILTER (WHERE r.engagement = 'ATTENDED') AS attended,
                       count(*) FILTER (WHERE r.engagement = 'PARTLY') AS partly,
                       count(*) FILTER (WHERE r.engagement = 'MISSED') AS missed
                FROM o2r_review r JOIN o2r_participant p ON p.reference = r.participant
                WHERE p.local_authority = :area AND r.review_date BETWEEN :from AND :to
                GROUP BY r.review_number HAVING count(r.engagement) > 0 ORDER BY r.review_number""")
                .params(p).query((rs, n) -> {
                    long recorded = rs.getLong("recorded");
                    long engaged = rs.getLong("attended") + rs.getLong("partly");
                    return new Evaluation.ReviewEngagement(rs.getInt("review_number"), recorded, rs.getLong("attended"),
                            rs.getLong("partly"), rs.getLong("missed"),
                            BigDecimal.valueOf(engaged).divide(BigDecimal.valueOf(recorded), 3, RoundingMode.HALF_UP));
                }).list();
    }

    private List<Evaluation.FollowUpOutcome> followUps(Map<String, Object> p) {
        return jdbc.sql("""
                SELECT f.months, count(f.recorded_on) AS followed_up,
                       count(*) FILTER (WHERE f.abstinent) AS abstinent, count(*) FILTER (WHERE f.reoffended) AS reoffended
                FROM o2r_follow_up f JOIN o2r_participant p ON p.reference = f.participant
                WHERE p.local_authority = :area AND f.due_date BETWEEN :from AND :to
                GROUP BY f.months ORDER BY f.months""")
                .params(p).query((rs, n) -> new Evaluation.FollowUpOutcome(rs.getInt("months"), rs.getLong("followed_up"),
                        rs.getLong("abstinent"), rs.getLong("reoffended"))).list();
    }

    /** Per-participant weekly rates, then averaged: each participant counts once, however long their window. */
    private Evaluation.Offending offending(Map<String, Object> p, LocalDate to) {
        record Window(String reference, LocalDate enrolled, LocalDate exited) {
        }
        List<Window> windows = jdbc.sql("""
                SELECT reference, enrolment_date, exit_date FROM o2r_participant
                WHERE local_authority = :area AND enrolment_date BETWEEN :from AND :to""")
                .params(p).query((rs, n) -> new Window(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class))).list();
        LocalDate today = calendar.today();
        List<double[]> before = new ArrayList<>();
        List<double[]> during = new ArrayList<>();
        List<double[]> after = new ArrayList<>();
        for (Window w : windows) {
            LocalDate end = w.exited() == null ? today : w.exited();
            add(before, w.reference(), w.enrolled().minusYears(1), w.enrolled());
            add(during, w.reference(), w.enrolled(), end);
            if (w.exited() != null) {
                add(after, w.reference(), w.exited(), today);
            }
        }
        return new Evaluation.Offending((long) windows.size(), rate(before), rate(during), rate(after));
    }

    /** One participant's offences and value per week in [start, end); a window under a day is left out. */
    private void add(List<double[]> rates, String reference, LocalDate start, LocalDate end) {
        long days = ChronoUnit.DAYS.between(start, end);
        if (days <= 0) {
            return;
        }
        double weeks = days / 7.0;
        double[] totals = jdbc.sql("""
                SELECT count(*), coalesce(sum(value_stolen_gbp), 0) FROM o2r_offence
                WHERE participant = ? AND offence_date >= ? AND offence_date < ?""")
                .params(reference, start, end)
                .query((rs, n) -> new double[] {rs.getLong(1), rs.getBigDecimal(2).doubleValue()}).single();
        rates.add(new double[] {totals[0] / weeks, totals[1] / weeks});
    }

    private static Evaluation.Rate rate(List<double[]> rates) {
        double offences = rates.stream().mapToDouble(r -> r[0]).average().orElse(0);
        double value = rates.stream().mapToDouble(r -> r[1]).average().orElse(0);
        return new Evaluation.Rate((long) rates.size(), BigDecimal.valueOf(offences).setScale(3, RoundingMode.HALF_UP),
                BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP));
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
