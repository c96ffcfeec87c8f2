package uk.police.ecu.casework.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the supervisors' SLA dashboard ({@code sla_clock}, its day tally and {@code sla_breach_review}).
 * These figures feed board reports, so each statement is kept word for word as the dashboard first
 * published it: a change here changes the board's numbers.
 */
@Repository
class SlaDashboardRepository {

    private static final int LIST_LIMIT = 200;

    // Analysts see all teams (:allTeams); a supervisor only the teams they supervise.
    private static final String TEAM_FILTER = "(:allTeams OR c.team = ANY (string_to_array(:teams, ','))) ";

    private final JdbcClient jdbc;
    private final JdbcClient export;

    SlaDashboardRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        // A long period's breaches stream through a cursor rather than load whole.
        cursor.setFetchSize(1000);
        this.export = JdbcClient.create(new NamedParameterJdbcTemplate(cursor));
    }

    /**
     * Whose clocks and which period: every team ({@code allTeams}) or the given ones; instants from the
     * start of the first day to the start of the day after the last, and the days themselves for the tally.
     */
    record Scope(boolean allTeams, List<String> teams, OffsetDateTime from, OffsetDateTime to, LocalDate fromDay,
                 LocalDate toDay, OffsetDateTime now, ZoneId zone) {

        MapSqlParameterSource params() {
            return new MapSqlParameterSource()
                    .addValue("allTeams", allTeams)
                    .addValue("teams", String.join(",", teams))
                    .addValue("from", from)
                    .addValue("to", to)
                    .addValue("fromDay", fromDay)
                    .addValue("toDay", toDay)
                    .addValue("now", now)
                    .addValue("zone", zone.getId());
        }
    }

    /** Breaches due in the period, with their reviews, handed to {@code each} one at a time. */
    void breaches(Scope scope, Consumer<SlaDashboard.BreachRow> each) {
        export.sql("""
                        SELECT c.id, c.sla_id, c.sla_version, d.name, c.team, c.case_reference, c.started_at, c.due_at,
                               c.breached_at, c.stopped_at, c.result, r.cause, r.justified, r.action_taken,
                               r.reviewed_by, r.reviewed_at
                        FROM sla_clock c JOIN sla_definition d ON d.id = c.sla_id AND d.version = c.sla_version
                        LEFT JOIN team t ON t.id = c.team
                        LEFT JOIN sla_breach_review r ON r.clock_id = c.id
                        WHERE c.breached_at >= :from AND c.breached_at < :to AND """ + TEAM_FILTER + """
                         ORDER BY c.breached_at, c.id""")
                .paramSource(scope.params())
                .query((RowCallbackHandler) rs -> each.accept(new SlaDashboard.BreachRow(rs.getLong("id"),
                        rs.getString("sla_id"), rs.getInt("sla_version"), rs.getString("name"), rs.getString("team"), rs.getString("case_reference"),
                        instant(rs, "started_at"), instant(rs, "due_at"), instant(rs, "breached_at"),
                        instant(rs, "stopped_at"), rs.getString("result"), rs.getString("cause"),
                        (Boolean) rs.getObject("justified"), rs.getString("action_taken"), rs.getString("reviewed_by"),
                        instant(rs, "reviewed_at"))));
    }

    List<SlaDashboard.Breach> awaitingReview(Scope scope) {
        return jdbc.sql("""
                        SELECT c.id, c.sla_id, d.name, c.team, t.name AS team_name, c.process_key, c.case_reference, c.due_at,
                               c.breached_at, c.result, r.review_task_id
                        FROM sla_breach_review r JOIN sla_clock c ON c.id = r.clock_id
                        JOIN sla_definition d ON d.id = c.sla_id AND d.version = c.sla_version
                        LEFT JOIN team t ON t.id = c.team
                        WHERE r.reviewed_at IS NULL AND """ + TEAM_FILTER + """
                         ORDER BY r.breached_at, r.clock_id LIMIT""" + " " + LIST_LIMIT)
                .paramSource(scope.params())
                .query((rs, n) -> new SlaDashboard.Breach(rs.getLong("id"), rs.getString("sla_id"),
                        rs.getString("name"), rs.getString("team"), rs.getString("team_name"),
                        rs.getString("process_key"), rs.getString("case_reference"), instant(rs, "due_at"),
                        instant(rs, "breached_at"), rs.getString("result"), rs.getString("review_task_id")))
                .list();
    }

    List<SlaDashboard.AtRisk> atRisk(Scope scope) {
        return jdbc.sql("""
                        SELECT c.id, d.name, c.team, t.name AS team_name, c.process_key, c.case_reference,
                               c.warn_at, c.due_at
                        FROM sla_clock c JOIN sla_definition d ON d.id = c.sla_id AND d.version = c.sla_version
                        LEFT JOIN team t ON t.id = c.team
                        WHERE c.result = 'OPEN' AND c.warn_at <= :now AND """ + TEAM_FILTER + """
                         ORDER BY c.due_at, c.id LIMIT""" + " " + LIST_LIMIT)
                .paramSource(scope.params())
                .query((rs, n) -> new SlaDashboard.AtRisk(rs.getLong("id"), rs.getString("name"), rs.getString("team"),
                        rs.getString("team_name"), rs.getString("process_key"), rs.getString("case_reference"),
                        instant(rs, "warn_at"), instant(rs, "due_at")))
                .list();
    }

    List<SlaDashboard.Count> atRiskCounts(Scope scope) {
        return jdbc.sql("""
                        SELECT c.team, min(t.name) AS team_name, c.sla_id, min(d.name) AS name, count(*) AS n
                        FROM sla_clock c JOIN sla_definition d ON d.id = c.sla_id AND d.version = c.sla_version
                        LEFT JOIN team t ON t.id = c.team
                        WHERE c.result = 'OPEN' AND c.warn_at <= :now AND """ + TEAM_FILTER + """
                         GROUP BY c.team, c.sla_id ORDER BY c.team, c.sla_id""")
                .paramSource(scope.params())
                .query((rs, n) -> new SlaDashboard.Count(rs.getString("team"), rs.getString("team_name"),
                        rs.getString("sla_id"), rs.getString("name"), rs.getInt("n")))
                .list();
    }

    /** One row per SLA, team, Code version and month of the clocks due in the period. */
    record Tally(String slaId, String slaName, String team, String teamName, String victimsCodeVersion,
                 String month, int met, int metLate, int breached, int open) {
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
    List<Tally> dueInPeriod(Scope scope) {
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
                .paramSource(scope.params())
                .query((rs, n) -> new Tally(rs.getString("sla_id"), rs.getString("name"), rs.getString("team"),
                        rs.getString("team_name"), rs.getString("victims_code_version"), rs.getString("month"),
                        rs.getInt("met"), rs.getInt("met_late"), rs.getInt("breached"), rs.getInt("open")))
                .list();
    }

    /**
     * Every week (from its Monday) that overlaps the period, with no gaps, so the chart shows quiet weeks too.
     * A breach happens at its clock's due time, so the tally's breached and met-late clocks are the breaches.
     */
    List<SlaDashboard.Week> weeklyBreaches(Scope scope) {
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
                .paramSource(scope.params())
                .query((rs, n) -> new SlaDashboard.Week(rs.getObject("week", LocalDate.class), rs.getInt("n")))
                .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
