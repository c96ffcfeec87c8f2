package uk.police.ecu.casework.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the Victims' Code compliance report from every clock (not a sample) and, for the rights the
 * product records no evidence for, from every crime received. Each clock's status is worked out here,
 * once, so the table and its drill-down can never disagree.
 */
@Repository
class VictimsCodeReportRepository {

    /** Longest drill-down list returned at once. */
    static final int CASE_LIMIT = 2000;

    // Analysts see all teams (:allTeams); a supervisor only the teams they supervise.
    private static final String CLOCK_TEAMS = "(:allTeams OR c.team = ANY (string_to_array(:teams, ','))) ";
    private static final String CRIME_TEAMS = "(:allTeams OR cr.allocated_team = ANY (string_to_array(:teams, ','))) ";

    /**
     * A clock's status. Anything not shown to be done in time is not met: a clock still open after its due
     * time (the breach scan not yet run), a late opt-out or unreachable victim, a task withdrawn after the limit.
     */
    private static final String STATUS = """
            CASE WHEN c.result = 'MET' THEN 'MET'
                 WHEN c.result = 'MET_LATE' THEN 'MET_LATE'
                 WHEN c.result IN ('OPTED_OUT', 'UNREACHABLE') AND c.breached_at IS NULL THEN 'OPTED_OUT_OR_UNREACHABLE'
                 WHEN c.result = 'CANCELLED' AND c.stopped_at <= c.due_at THEN 'NOT_APPLICABLE'
                 WHEN c.result = 'OPEN' AND c.due_at >= :now THEN 'NOT_YET_DUE'
                 ELSE 'NOT_MET' END""";

    private static final String REASON = """
            CASE WHEN c.result = 'OPTED_OUT' AND c.breached_at IS NULL THEN 'Victim opted out of updates'
                 WHEN c.result = 'OPTED_OUT' THEN 'Victim opted out of updates, after the limit had passed'
                 WHEN c.result = 'UNREACHABLE' AND c.breached_at IS NULL THEN 'Victim could not be reached'
                 WHEN c.result = 'UNREACHABLE' THEN 'Victim could not be reached, after the limit had passed'
                 WHEN c.result = 'CANCELLED' AND c.stopped_at <= c.due_at
                     THEN 'Task withdrawn before it fell due: the case was closed or withdrawn'
                 WHEN c.result IN ('CANCELLED', 'BREACHED') AND c.stopped_at IS NOT NULL
                     THEN 'Task withdrawn after the limit had passed'
                 WHEN c.result IN ('OPEN', 'BREACHED') AND c.due_at < :now THEN 'Not done by the due time'
                 END""";

    private static final String MONTH = "to_char(c.due_at AT TIME ZONE :zone, 'YYYY-MM')";

    private final JdbcClient jdbc;

    VictimsCodeReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every Victims' Code SLA, once per Code version, named as its latest definition names it. */
    record CodeRight(String slaId, String victimsCodeVersion, String name, boolean localStandard, String description) {
    }

    List<CodeRight> codeRights() {
        return jdbc.sql("""
                        SELECT DISTINCT ON (id, victims_code_version) id, victims_code_version, name, local_standard, description
                        FROM sla_definition WHERE victims_code_version IS NOT NULL
                        ORDER BY id, victims_code_version, version DESC""")
                .query((rs, n) -> new CodeRight(rs.getString("id"), rs.getString("victims_code_version"),
                        rs.getString("name"), rs.getBoolean("local_standard"), rs.getString("description")))
                .list();
    }

    /** One area of the force's victim survey, with the SLAs that record it (none: not recorded yet). */
    record SurveyArea(String id, String name, String codeRight, String description, List<String> slaIds) {
    }

    List<SurveyArea> surveyAreas() {
        return jdbc.sql("""
                        SELECT a.id, a.name, a.code_right, a.description,
                               coalesce(string_agg(s.sla_id, ',' ORDER BY s.sla_id), '') AS sla_ids
                        FROM victims_code_survey_area a LEFT JOIN victims_code_survey_area_sla s ON s.area_id = a.id
                        GROUP BY a.id ORDER BY min(a.position)""")
                .query((rs, n) -> new SurveyArea(rs.getString("id"), rs.getString("name"), rs.getString("code_right"),
                        rs.getString("description"), rs.getString("sla_ids").isEmpty() ? List.of()
                                : List.of(rs.getString("sla_ids").split(","))))
                .list();
    }

    /** How many clocks of each Victims' Code SLA and Code version fell due each month, by status and reason. */
    record ClockCount(String slaId, String victimsCodeVersion, String month, VictimsCodeReport.Status status,
                      String reason, int clocks) {
    }

    List<ClockCount> clockCounts(SlaDashboardRepository.Scope scope) {
        return jdbc.sql("""
                        SELECT c.sla_id, d.victims_code_version, %s AS month, %s AS status, %s AS reason, count(*) AS n
                        FROM sla_clock c JOIN sla_definition d ON d.id = c.sla_id AND d.version = c.sla_version
                        WHERE d.victims_code_version IS NOT NULL AND c.due_at >= :from AND c.due_at < :to
                          AND %s
                        GROUP BY 1, 2, 3, 4, 5""".formatted(MONTH, STATUS, REASON, CLOCK_TEAMS))
                .paramSource(scope.params())
                .query((rs, n) -> new ClockCount(rs.getString("sla_id"), rs.getString("victims_code_version"),
                        rs.getString("month"), VictimsCodeReport.Status.valueOf(rs.getString("status")),
                        rs.getString("reason"), rs.getInt("n")))
                .list();
    }

    /** The regular-update SLA, whose cases without any agreed frequency are counted as not recorded. */
    static final String REGULAR_UPDATES = "regular-victim-update";

    /**
     * Victims told who their officer is, before frequencies were required, with no frequency agreed, no explicit
     * choice of no regular updates and no opt-out: their regular updates are not recorded (never met), by the
     * month they were told.
     */
    private static final String REGULAR_UPDATES_NOT_RECORDED = """
            SELECT cr.crime_reference, cr.allocated_team, t.name AS team_name, u.told_on,
                   to_char(u.told_on, 'YYYY-MM') AS month
            FROM victim_update u JOIN crime cr ON cr.crime_reference = u.crime_reference
            LEFT JOIN team t ON t.id = cr.allocated_team
            WHERE u.update_type = 'OFFICER_NAMED' AND u.told_on IS NOT NULL
              AND coalesce(u.outcome, 'TOLD') = 'TOLD' AND u.regular_updates_declined IS NOT TRUE
              AND NOT EXISTS (SELECT 1 FROM victim_update_agreement a WHERE a.crime_reference = u.crime_reference)
              AND NOT EXISTS (SELECT 1 FROM victim_update_opt_out o WHERE o.crime_reference = u.crime_reference)
              AND u.told_on >= CAST(:fromDay AS date) AND u.told_on <= CAST(:toDay AS date) AND """ + CRIME_TEAMS;
    private static final String NO_FREQUENCY = "Told who their officer is, but no update frequency was recorded";

    List<ClockCount> regularUpdatesNotRecorded(SlaDashboardRepository.Scope scope) {
        return jdbc.sql("SELECT month, count(DISTINCT crime_reference) AS n FROM (" + REGULAR_UPDATES_NOT_RECORDED
                        + ") n GROUP BY month")
                .paramSource(scope.params())
                .query((rs, n) -> new ClockCount(REGULAR_UPDATES, "VC2020", rs.getString("month"),
                        VictimsCodeReport.Status.NOT_RECORDED, NO_FREQUENCY, rs.getInt("n")))
                .list();
    }

    List<VictimsCodeReport.CaseLine> regularUpdateCasesNotRecorded(SlaDashboardRepository.Scope scope,
                                                                   String rightName) {
        return jdbc.sql("SELECT DISTINCT ON (crime_reference) * FROM (" + REGULAR_UPDATES_NOT_RECORDED
                        + ") n ORDER BY crime_reference, told_on LIMIT " + CASE_LIMIT)
                .paramSource(scope.params())
                .query((rs, n) -> new VictimsCodeReport.CaseLine(rs.getString("crime_reference"),
                        rs.getString("allocated_team"), rs.getString("team_name"),
                        rightName == null ? "Regular updates at the agreed frequency" : rightName, null, null, null,
                        VictimsCodeReport.Status.NOT_RECORDED, NO_FREQUENCY))
                .list();
    }

    /** Crimes received each month: the cases of a right the product records no evidence for. */
    record MonthCount(String month, int cases) {
    }

    List<MonthCount> crimesReceived(SlaDashboardRepository.Scope scope) {
        return jdbc.sql("""
                        SELECT to_char(cr.received_at AT TIME ZONE :zone, 'YYYY-MM') AS month, count(*) AS n
                        FROM crime cr
                        WHERE cr.received_at >= :from AND cr.received_at < :to AND %s
                        GROUP BY 1""".formatted(CRIME_TEAMS))
                .paramSource(scope.params())
                .query((rs, n) -> new MonthCount(rs.getString("month"), rs.getInt("n")))
                .list();
    }

    /** The clocks behind one number: of these SLAs (one Code version, or any if null), in the scope's month. */
    List<VictimsCodeReport.CaseLine> clockCases(SlaDashboardRepository.Scope scope, List<String> slaIds,
                                                String victimsCodeVersion, VictimsCodeReport.Status status,
                                                String rightName) {
        MapSqlParameterSource params = scope.params()
                .addValue("slaIds", String.join(",", slaIds))
                .addValue("version", victimsCodeVersion)
                .addValue("status", status == null ? null : status.name());
        return jdbc.sql("""
                        SELECT * FROM (
                            SELECT c.id, c.case_reference, c.team, t.name AS team_name, d.name AS sla_name, c.task_id,
                                   c.due_at, c.stopped_at, %s AS status, %s AS reason
                            FROM sla_clock c JOIN sla_definition d ON d.id = c.sla_id AND d.version = c.sla_version
                            LEFT JOIN team t ON t.id = c.team
                            WHERE d.victims_code_version IS NOT NULL
                              AND c.sla_id = ANY (string_to_array(:slaIds, ','))
                              AND (CAST(:version AS text) IS NULL OR d.victims_code_version = :version)
                              AND c.due_at >= :from AND c.due_at < :to AND %s) l
                        WHERE CAST(:status AS text) IS NULL OR l.status = :status
                        ORDER BY l.due_at, l.case_reference, l.id LIMIT %d""".formatted(STATUS, REASON, CLOCK_TEAMS,
                        CASE_LIMIT))
                .paramSource(params)
                .query((rs, n) -> new VictimsCodeReport.CaseLine(rs.getString("case_reference"), rs.getString("team"),
                        rs.getString("team_name"), rightName == null ? rs.getString("sla_name") : rightName,
                        rs.getString("task_id"), instant(rs, "due_at"), instant(rs, "stopped_at"),
                        VictimsCodeReport.Status.valueOf(rs.getString("status")), rs.getString("reason")))
                .list();
    }

    /** The crimes received in the scope's month, each not recorded for a right the product does not record. */
    List<VictimsCodeReport.CaseLine> crimeCases(SlaDashboardRepository.Scope scope, String rightName) {
        return jdbc.sql("""
                        SELECT cr.crime_reference, cr.allocated_team, t.name AS team_name
                        FROM crime cr LEFT JOIN team t ON t.id = cr.allocated_team
                        WHERE cr.received_at >= :from AND cr.received_at < :to AND %s
                        ORDER BY cr.received_at, cr.crime_reference LIMIT %d""".formatted(CRIME_TEAMS, CASE_LIMIT))
                .paramSource(scope.params())
                .query((rs, n) -> new VictimsCodeReport.CaseLine(rs.getString("crime_reference"),
                        rs.getString("allocated_team"), rs.getString("team_name"), rightName, null, null, null,
                        VictimsCodeReport.Status.NOT_RECORDED, "No evidence of this right is recorded in the product"))
                .list();
    }

    /**
     * The needs assessment lines (Right 4), one per case: the first assessment of each crime received (due when
     * the crime is reported) and the re-assessment of each recorded change of needs. On time is the force's
     * reading ({@code needs_assessment_rule}): assessed on or before the first (or, after a change, the next)
     * contact with the victim. Not assessed is not recorded, never met.
     */
    private static final String NEEDS_LINES = """
            WITH lines AS (
                SELECT 'NEEDS_ASSESSED' AS rule_id, cr.crime_reference, cr.allocated_team AS team, cr.received_at AS due_at,
                       a.assessed_at AS stopped_at, fc.told_on AS contact_on
                FROM crime cr
                LEFT JOIN LATERAL (SELECT min(na.assessed_at) AS assessed_at FROM needs_assessment na
                                   WHERE na.crime_reference = cr.crime_reference) a ON true
                LEFT JOIN LATERAL (SELECT min(v.told_on) AS told_on FROM victim_update v
                                   WHERE v.crime_reference = cr.crime_reference AND v.update_type = 'OFFICER_NAMED'
                                     AND v.outcome = 'TOLD' AND v.told_on IS NOT NULL) fc ON true
                WHERE cr.received_at >= :from AND cr.received_at < :to AND %1$s
                UNION ALL
                SELECT 'NEEDS_REASSESSED', cr.crime_reference, cr.allocated_team, ch.changed_at, a.assessed_at, nc.told_on
                FROM needs_change ch JOIN crime cr ON cr.crime_reference = ch.crime_reference
                LEFT JOIN needs_assessment a ON a.needs_change_id = ch.id
                LEFT JOIN LATERAL (SELECT min(v.told_on) AS told_on FROM victim_update v
                                   WHERE v.crime_reference = ch.crime_reference AND v.outcome = 'TOLD'
                                     AND v.told_on IS NOT NULL AND v.recorded_at > ch.recorded_at
                                     AND v.told_on >= (ch.changed_at AT TIME ZONE :zone)::date) nc ON true
                WHERE ch.changed_at >= :from AND ch.changed_at < :to AND %1$s)
            SELECT l.*, to_char(l.due_at AT TIME ZONE :zone, 'YYYY-MM') AS month,
                   CASE WHEN l.stopped_at IS NULL THEN 'NOT_RECORDED'
                        WHEN l.contact_on IS NULL OR (l.stopped_at AT TIME ZONE :zone)::date <= l.contact_on
                            THEN 'MET'
                        ELSE 'MET_LATE' END AS status,
                   CASE WHEN l.stopped_at IS NULL THEN 'No needs assessment recorded'
                        WHEN l.contact_on IS NOT NULL AND (l.stopped_at AT TIME ZONE :zone)::date > l.contact_on
                            THEN 'Assessed after contact with the victim' END AS reason
            FROM lines l""".formatted(CRIME_TEAMS);

    /** A needs assessment line of the report, as {@code needs_assessment_rule} names it. */
    record NeedsRule(String id, String name, String codeRight, String source, boolean localStandard) {
    }

    List<NeedsRule> needsRules() {
        return jdbc.sql("SELECT id, name, code_right, source, local_standard FROM needs_assessment_rule ORDER BY position")
                .query((rs, n) -> new NeedsRule(rs.getString("id"), rs.getString("name"), rs.getString("code_right"),
                        rs.getString("source"), rs.getBoolean("local_standard")))
                .list();
    }

    /** How many cases of each needs assessment line fell due each month, by status (as clock counts). */
    List<ClockCount> needsCounts(SlaDashboardRepository.Scope scope) {
        return jdbc.sql("SELECT rule_id, month, status, reason, count(*) AS n FROM (" + NEEDS_LINES
                        + ") x GROUP BY 1, 2, 3, 4")
                .paramSource(scope.params())
                .query((rs, n) -> new ClockCount(rs.getString("rule_id"), null, rs.getString("month"),
                        VictimsCodeReport.Status.valueOf(rs.getString("status")), rs.getString("reason"),
                        rs.getInt("n")))
                .list();
    }

    /** The cases behind one number of a needs assessment line. */
    List<VictimsCodeReport.CaseLine> needsCases(SlaDashboardRepository.Scope scope, String ruleId,
                                                VictimsCodeReport.Status status, String rightName) {
        MapSqlParameterSource params = scope.params()
                .addValue("ruleId", ruleId)
                .addValue("status", status == null ? null : status.name());
        return jdbc.sql("SELECT x.*, t.name AS team_name FROM (" + NEEDS_LINES + """
                        ) x LEFT JOIN team t ON t.id = x.team
                        WHERE x.rule_id = :ruleId AND (CAST(:status AS text) IS NULL OR x.status = :status)
                        ORDER BY x.due_at, x.crime_reference LIMIT %d""".formatted(CASE_LIMIT))
                .paramSource(params)
                .query((rs, n) -> new VictimsCodeReport.CaseLine(rs.getString("crime_reference"), rs.getString("team"),
                        rs.getString("team_name"), rightName, null, instant(rs, "due_at"), instant(rs, "stopped_at"),
                        VictimsCodeReport.Status.valueOf(rs.getString("status")), rs.getString("reason")))
                .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
