package uk.police.ecu.casework.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.Role;

/**
 * The supervisors' view of service levels. A supervisor sees the teams they supervise; a performance
 * analyst sees every team. A period runs from the start of {@code from} to the end of {@code to}
 * (London days); compliance counts the clocks falling due in it, the trend the breaches in it.
 */
@Service
@PreAuthorize(SlaDashboardService.READERS)
@Transactional(readOnly = true)
public class SlaDashboardService {

    static final String READERS = "hasAnyRole('ECU_SUPERVISOR', 'PERFORMANCE_ANALYST')";
    private static final int LIST_LIMIT = 200;

    private final JdbcClient jdbc;
    private final JdbcClient export;
    private final Clock clock;

    SlaDashboardService(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        // A long period's breaches stream through a cursor rather than load whole.
        cursor.setFetchSize(1000);
        this.export = JdbcClient.create(new NamedParameterJdbcTemplate(cursor));
        this.clock = clock;
    }

    public SlaDashboard dashboard(CaseworkUser user, LocalDate from, LocalDate to) {
        MapSqlParameterSource params = params(user, from, to);
        Folded due = fold(dueInPeriod(params));
        return new SlaDashboard(from, to, awaitingReview(params), atRisk(params), atRiskCounts(params),
                due.compliance(), weeklyBreaches(params), due.victimsCode());
    }

    /** Breaches due in the period, with their reviews, handed to {@code each} one at a time, for export. */
    public void breaches(CaseworkUser user, LocalDate from, LocalDate to, Consumer<BreachRow> each) {
        export.sql("""
                        SELECT c.id, c.sla_id, c.sla_version, d.name, c.team, c.case_reference, c.started_at, c.due_at,
                               c.breached_at, c.stopped_at, c.result, r.cause, r.justified, r.action_taken,
                               r.reviewed_by, r.reviewed_at
                        FROM sla_clock c JOIN sla_definition d ON d.id = c.sla_id AND d.version = c.sla_version
                        LEFT JOIN team t ON t.id = c.team
                        LEFT JOIN sla_breach_review r ON r.clock_id = c.id
                        WHERE c.breached_at >= :from AND c.breached_at < :to AND """ + TEAM_FILTER + """
                         ORDER BY c.breached_at, c.id""")
                .paramSource(params(user, from, to))
                .query((RowCallbackHandler) rs -> each.accept(new BreachRow(rs.getLong("id"), rs.getString("sla_id"),
                        rs.getInt("sla_version"), rs.getString("name"), rs.getString("team"), rs.getString("case_reference"),
                        instant(rs, "started_at"), instant(rs, "due_at"), instant(rs, "breached_at"),
                        instant(rs, "stopped_at"), rs.getString("result"), rs.getString("cause"),
                        (Boolean) rs.getObject("justified"), rs.getString("action_taken"), rs.getString("reviewed_by"),
                        instant(rs, "reviewed_at"))));
    }

    public List<SlaDashboard.Compliance> compliance(CaseworkUser user, LocalDate from, LocalDate to) {
        return compliance(params(user, from, to));
    }

    public record BreachRow(long clockId, String slaId, int slaVersion, String slaName, String team,
                            String caseReference, Instant startedAt, Instant dueAt, Instant breachedAt,
                            Instant stoppedAt, String result, String cause, Boolean justified, String actionTaken,
                            String reviewedBy, Instant reviewedAt) {
    }

    // Analysts see all teams (:allTeams); a supervisor only the teams they supervise.
    private static final String TEAM_FILTER = "(:allTeams OR c.team = ANY (string_to_array(:teams, ','))) ";

    private MapSqlParameterSource params(CaseworkUser user, LocalDate from, LocalDate to) {
        return new MapSqlParameterSource()
                .addValue("allTeams", user.hasRole(Role.PERFORMANCE_ANALYST))
                .addValue("teams", String.join(",", user.supervisedTeamIds()))
                .addValue("from", startOf(from))
                .addValue("to", startOf(to.plusDays(1)))
                .addValue("fromDay", from)
                .addValue("toDay", to)
                .addValue("now", OffsetDateTime.now(clock));
    }

    private List<SlaDashboard.Breach> awaitingReview(MapSqlParameterSource params) {
        return jdbc.sql("""
                        SELECT c.id, c.sla_id, d.name, c.team, t.name AS team_name, c.process_key, c.case_reference, c.due_at,
                               c.breached_at, c.result, r.review_task_id
                        FROM sla_breach_review r JOIN sla_clock c ON c.id = r.clock_id
                        JOIN sla_definition d ON d.id = c.sla_id AND d.version = c.sla_version
                        LEFT JOIN team t ON t.id = c.team
                        WHERE r.reviewed_at IS NULL AND """ + TEAM_FILTER + """
                         ORDER BY r.breached_at, r.clock_id LIMIT""" + " " + LIST_LIMIT)
                .paramSource(params)
                .query((rs, n) -> new SlaDashboard.Breach(rs.getLong("id"), rs.getString("sla_id"),
                        rs.getString("name"), rs.getString("team"), rs.getString("team_name"),
                        rs.getString("process_key"), rs.getString("case_reference"), instant(rs, "due_at"),
                        instant(rs, "breached_at"), rs.getString("result"), rs.getString("review_task_id")))
                .list();
    }

    private List<SlaDashboard.AtRisk> atRisk(MapSqlParameterSource params) {
        return jdbc.sql("""
                        SELECT c.id, d.name, c.team, t.name AS team_name, c.process_key, c.case_reference,
                               c.warn_at, c.due_at
                        FROM sla_clock c JOIN sla_definition d ON d.id = c.sla_id AND d.version = c.sla_version
                        LEFT JOIN team t ON t.id = c.team
                        WHERE c.result = 'OPEN' AND c.warn_at <= :now AND """ + TEAM_FILTER + """
                         ORDER BY c.due_at, c.id LIMIT""" + " " + LIST_LIMIT)
                .paramSource(params)
                .query((rs, n) -> new SlaDashboard.AtRisk(rs.getLong("id"), rs.getString("name"), rs.getString("team"),
                        rs.getString("team_name"), rs.getString("process_key"), rs.getString("case_reference"),
                        instant(rs, "warn_at"), instant(rs, "due_at")))
                .list();
    }

    private List<SlaDashboard.Count> atRiskCounts(MapSqlParameterSource params) {
        return jdbc.sql("""
                        SELECT c.team, min(t.name) AS team_name, c.sla_id, min(d.name) AS name, count(*) AS n
                        FROM sla_clock c JOIN sla_definition d ON d.id = c.sla_id AND d.version = c.sla_version
                        LEFT JOIN team t ON t.id = c.team
                        WHERE c.result = 'OPEN' AND c.warn_at <= :now AND """ + TEAM_FILTER + """
                         GROUP BY c.team, c.sla_id ORDER BY c.team, c.sla_id""")
                .paramSource(params)
                .query((rs, n) -> new SlaDashboard.Count(rs.getString("team"), rs.getString("team_name"),
                        rs.getString("sla_id"), rs.getString("name"), rs.getInt("n")))
                .list();
    }

    private List<SlaDashboard.Compliance> compliance(MapSqlParameterSource params) {
        return fold(dueInPeriod(params)).compliance();
    }

    /** One row per SLA, team, Code version and month of the clocks due in the period. */
    private record Tally(String slaId, String slaName, String team, String teamName, String victimsCodeVersion,
                         String month, int met, int metLate, int breached, int open) {
    }

    private record Folded(List<SlaDashboard.Compliance> compliance, List<SlaDashboard.VictimsCodeMonth> victimsCode) {
    }

    /**
     * The period's clocks by the day they fall due (the tally, and the changes not yet folded into it), so
     * a period costs the same however many cases it holds.
     */
    private static final String PERIOD_TALLY = """
            (SELECT sla_id, sla_version, nullif(team, '') AS team, due_day, result, clocks FROM sla_clock_tally
             WHERE due_day BETWEEN :fromDay AND :toDay
             UNION ALL
             SELECT sla_id, sla_version, nullif(team, ''), due_day, result, clocks FROM sla_clock_tally_change
             WHERE due_day BETWEEN :fromDay AND :toDay) c
            """;

    /** One pass over the period's tally serves both compliance (by SLA and team) and the Victims' Code (by month). */
    private List<Tally> dueInPeriod(MapSqlParameterSource params) {
        return jdbc.sql("""
                        SELECT c.sla_id, min(d.name) AS name, c.team, min(t.name) AS team_name, d.victims_code_version,
                               to_char(c.due_day, 'YYYY-MM') AS month,
                               sum(c.clocks) FILTER (WHERE c.result = 'MET') AS met,
                               sum(c.clocks) FILTER (WHERE c.result = 'MET_LATE') AS met_late,
                               sum(c.clocks) FILTER (WHERE c.result = 'BREACHED') AS breached,
                               sum(c.clocks) FILTER (WHERE c.result = 'OPEN') AS open
                        FROM """ + PERIOD_TALLY + """
                        JOIN sla_definition d ON d.id = c.sla_id AND d.version = c.sla_version
                        LEFT JOIN team t ON t.id = c.team
                        WHERE c.result <> 'CANCELLED' AND """ + TEAM_FILTER + """
                         GROUP BY c.sla_id, c.team, d.victims_code_version, month
                         HAVING sum(c.clocks) > 0
                         ORDER BY c.sla_id, c.team, month""")
                .paramSource(params)
                .query((rs, n) -> new Tally(rs.getString("sla_id"), rs.getString("name"), rs.getString("team"),
                        rs.getString("team_name"), rs.getString("victims_code_version"), rs.getString("month"),
                        rs.getInt("met"), rs.getInt("met_late"), rs.getInt("breached"), rs.getInt("open")))
                .list();
    }

    private static Folded fold(List<Tally> tallies) {
        Map<List<String>, SlaDashboard.Compliance> compliance = new LinkedHashMap<>();
        Map<List<String>, SlaDashboard.VictimsCodeMonth> victims = new TreeMap<>(
                Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
        for (Tally t : tallies) {
            compliance.merge(Arrays.asList(t.slaId(), t.team()),
                    new SlaDashboard.Compliance(t.slaId(), t.slaName(), t.team(), t.teamName(), t.met(), t.metLate(),
                            t.breached(), t.open()),
                    (a, b) -> new SlaDashboard.Compliance(a.slaId(), a.slaName(), a.team(), a.teamName(),
                            a.met() + b.met(), a.metLate() + b.metLate(), a.breached() + b.breached(), a.open() + b.open()));
            int decided = t.met() + t.metLate() + t.breached();
            if (t.victimsCodeVersion() != null && decided > 0) {
                victims.merge(List.of(t.slaId(), t.month(), t.victimsCodeVersion()),
                        new SlaDashboard.VictimsCodeMonth(t.slaId(), t.slaName(), t.victimsCodeVersion(), t.month(),
                                t.met(), decided, percent(t.met(), decided)),
                        (a, b) -> new SlaDashboard.VictimsCodeMonth(a.slaId(), a.slaName(), a.victimsCodeVersion(),
                                a.month(), a.met() + b.met(), a.decided() + b.decided(),
                                percent(a.met() + b.met(), a.decided() + b.decided())));
            }
        }
        return new Folded(List.copyOf(compliance.values()), List.copyOf(victims.values()));
    }

    /**
     * Every week (from its Monday) that overlaps the period, with no gaps, so the chart shows quiet weeks too.
     * A breach happens at its clock's due time, so the tally's breached and met-late clocks are the breaches.
     */
    private List<SlaDashboard.Week> weeklyBreaches(MapSqlParameterSource params) {
        return jdbc.sql("""
                        WITH weeks AS (
                            SELECT generate_series(date_trunc('week', CAST(:fromDay AS date)),
                                                   date_trunc('week', CAST(:toDay AS date)), interval '1 week')::date AS week),
                        breaches AS (
                            SELECT date_trunc('week', c.due_day::timestamp)::date AS week, sum(c.clocks) AS n
                            FROM """ + PERIOD_TALLY + """
                            WHERE c.result IN ('BREACHED', 'MET_LATE') AND """ + TEAM_FILTER + """
                             GROUP BY 1)
                        SELECT weeks.week, coalesce(breaches.n, 0) AS n
                        FROM weeks LEFT JOIN breaches ON breaches.week = weeks.week ORDER BY weeks.week""")
                .paramSource(params)
                .query((rs, n) -> new SlaDashboard.Week(rs.getObject("week", LocalDate.class), rs.getInt("n")))
                .list();
    }

    private static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L)
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toOffsetDateTime();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
