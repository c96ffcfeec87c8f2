package uk.police.ecu.casework.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review of each breach ({@code sla_breach_review}), with the clock and SLA it is about. */
@Repository
class BreachReviewRepository {

    private final JdbcClient jdbc;

    BreachReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A breached clock, and the team whose supervisors review it (null where neither team nor SLA names one). */
    record Breach(String caseReference, String slaName, String team, String reviewTeam, String taskId) {
    }

    /** The breach behind a review, as the reviewer sees it; {@code lateTaskId} is the task that ran late. */
    record ReviewedBreach(long clockId, String slaName, String team, String teamName, Instant startedAt, Instant dueAt,
                          Instant breachedAt, String result, String lateTaskId) {
    }

    Breach breach(long clockId) {
        return jdbc.sql("""
                        SELECT c.case_reference, d.name, c.team, c.task_id,
                               coalesce(t.supervisor_team, t.id, nullif(d.accountable_team, 'TASK_CANDIDATE_TEAM'))
                        FROM sla_clock c JOIN sla_definition d ON d.id = c.sla_id AND d.version = c.sla_version
                        LEFT JOIN team t ON t.id = c.team
                        WHERE c.id = :clockId""")
                .param("clockId", clockId)
                .query((rs, n) -> new Breach(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(5),
                        rs.getString(4)))
                .single();
    }

    /** Opens the breach's review; false if it already has one (another node, or an earlier scan, got there first). */
    boolean claim(long clockId, String reviewTeam) {
        int claimed = jdbc.sql("""
                        INSERT INTO sla_breach_review (clock_id, review_team, breached_at)
                        SELECT id, :reviewTeam, breached_at FROM sla_clock WHERE id = :clockId
                        ON CONFLICT (clock_id) DO NOTHING""")
                .param("reviewTeam", reviewTeam).param("clockId", clockId).update();
        return claimed != 0;
    }

    void setProcessInstance(long clockId, String processInstanceId) {
        jdbc.sql("UPDATE sla_breach_review SET process_instance_id = :instanceId WHERE clock_id = :clockId")
                .param("instanceId", processInstanceId).param("clockId", clockId).update();
    }

    void setReviewTask(long clockId, String reviewTaskId) {
        jdbc.sql("UPDATE sla_breach_review SET review_task_id = :taskId WHERE clock_id = :clockId")
                .param("taskId", reviewTaskId).param("clockId", clockId).update();
    }

    void recordReview(long clockId, String cause, Boolean justified, String actionTaken, String reviewedBy,
                      OffsetDateTime reviewedAt) {
        jdbc.sql("""
                        UPDATE sla_breach_review SET cause = :cause, justified = :justified, action_taken = :actionTaken,
                            reviewed_by = :reviewedBy, reviewed_at = :reviewedAt
                        WHERE clock_id = :clockId""")
                .param("cause", cause).param("justified", justified).param("actionTaken", actionTaken)
                .param("reviewedBy", reviewedBy).param("reviewedAt", reviewedAt).param("clockId", clockId)
                .update();
    }

    ReviewedBreach ofReviewProcess(String processInstanceId) {
        return jdbc.sql("""
                        SELECT c.id, d.name, c.team, t.name AS team_name, c.started_at, c.due_at, c.breached_at,
                               c.result, c.task_id
                        FROM sla_breach_review r JOIN sla_clock c ON c.id = r.clock_id
                        JOIN sla_definition d ON d.id = c.sla_id AND d.version = c.sla_version
                        LEFT JOIN team t ON t.id = c.team
                        WHERE r.process_instance_id = :instanceId""")
                .param("instanceId", processInstanceId)
                .query((rs, n) -> new ReviewedBreach(rs.getLong("id"), rs.getString("name"), rs.getString("team"),
                        rs.getString("team_name"), instant(rs, "started_at"), instant(rs, "due_at"),
                        instant(rs, "breached_at"), rs.getString("result"), rs.getString("task_id")))
                .single();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
