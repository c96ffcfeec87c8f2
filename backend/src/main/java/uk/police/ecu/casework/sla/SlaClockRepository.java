package uk.police.ecu.casework.sla;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes {@code sla_clock} rows. Every change is one conditional UPDATE, so two nodes (or a scan racing
 * the completion of the work) can never record a start, stop or breach twice.
 */
@Repository
public class SlaClockRepository {

    private final JdbcClient jdbc;

    SlaClockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record NewClock(SlaDefinition sla, String processKey, String processInstanceId, String caseReference,
                           String startKey, String taskId, String team, Instant startedAt, SlaDueTimes.Deadline deadline) {
    }

    /** The new clock's id, or empty if this SLA's clock for that start already exists. */
    Optional<Long> start(NewClock clock) {
        return jdbc.sql("""
                        INSERT INTO sla_clock (sla_id, sla_version, process_key, process_instance_id, case_reference,
                            start_key, task_id, team, started_at, due_at, warn_at)
                        VALUES (:slaId, :slaVersion, :processKey, :instance, :caseReference, :startKey, :taskId, :team,
                            :startedAt, :dueAt, :warnAt)
                        ON CONFLICT (sla_id, start_key) DO NOTHING
                        RETURNING id""")
                .param("slaId", clock.sla().id()).param("slaVersion", clock.sla().version())
                .param("processKey", clock.processKey()).param("instance", clock.processInstanceId())
                .param("caseReference", clock.caseReference()).param("startKey", clock.startKey())
                .param("taskId", clock.taskId()).param("team", clock.team())
                .param("startedAt", utc(clock.startedAt())).param("dueAt", utc(clock.deadline().due()))
                .param("warnAt", utc(clock.deadline().warn()))
                .query(Long.class).optional();
    }

    /**
     * Gives the running process-started clocks that this task stops their task (and the task's team when
     * the SLA's team is the task's); returns their due times.
     */
    List<Instant> attachTask(String processInstanceId, String taskKey, String taskId, String candidateTeam) {
        return jdbc.sql("""
                        UPDATE sla_clock c SET task_id = :taskId, team = coalesce(c.team, :team)
                        FROM sla_definition d
                        WHERE d.id = c.sla_id AND d.version = c.sla_version AND d.stop_element = :taskKey
                          AND c.process_instance_id = :instance AND c.task_id IS NULL AND c.stopped_at IS NULL
                        RETURNING c.due_at""")
                .param("taskId", taskId).param("team", candidateTeam).param("taskKey", taskKey)
                .param("instance", processInstanceId)
                .query(OffsetDateTime.class).list().stream().map(OffsetDateTime::toInstant).toList();
    }

    /**
     * Stops the task's running clocks: met when stopped by the due time, met late after it. A late stop
     * records the breach (at the due time) unless the scan already did; returns the clocks whose breach
     * this stop recorded, each of which needs a review. With an {@code ending} (the victim opted out or
     * could not be reached) the clock ends with that result instead, never as met; a late one keeps its
     * breach, since the attempt came after the limit whatever its outcome.
     */
    List<Long> stop(String taskId, Instant now) {
        return stop(taskId, now, null);
    }

    List<Long> stop(String taskId, Instant now, ClockEnding ending) {
        return jdbc.sql("""
                        UPDATE sla_clock c SET stopped_at = :now,
                            result = CASE WHEN CAST(:ending AS text) IS NOT NULL THEN CAST(:ending AS text)
                                          WHEN old.breached_at IS NULL AND :now <= c.due_at THEN 'MET' ELSE 'MET_LATE' END,
                            breached_at = CASE WHEN old.breached_at IS NULL AND :now <= c.due_at THEN NULL ELSE c.due_at END
                        FROM (SELECT id, breached_at FROM sla_clock
                              WHERE task_id = :taskId AND stopped_at IS NULL FOR UPDATE) old
                        WHERE c.id = old.id
                        RETURNING c.id, old.breached_at IS NULL AND c.breached_at IS NOT NULL AS newly_breached""")
                .param("now", utc(now)).param("taskId", taskId).param("ending", ending == null ? null : ending.name())
                .query((rs, n) -> rs.getBoolean("newly_breached") ? rs.getLong("id") : null).list()
                .stream().filter(id -> id != null).toList();
    }

    /**
     * Moves the open clocks the task started and timed by its due date to its new due date (the warning keeps
     * its share of the time); returns the clocks moved.
     */
    List<Long> retime(String taskId, Instant due) {
        return jdbc.sql("""
                        UPDATE sla_clock c SET due_at = :due,
                            warn_at = CASE WHEN :due > c.started_at
                                           THEN c.started_at + (:due - c.started_at) * d.warning_percent / 100.0
                                           ELSE :due END
                        FROM sla_definition d
                        WHERE d.id = c.sla_id AND d.version = c.sla_version AND d.due_rule = 'TASK_DUE_DATE'
                          AND c.task_id = :taskId AND c.start_key = :taskId AND c.result = 'OPEN'
                          AND c.due_at <> :due
                        RETURNING c.id""")
                .param("taskId", taskId).param("due", utc(due)).query(Long.class).list();
    }

    /** The task went unfinished (e.g. its case was withdrawn): its clocks stop without a result, unless already breached. */
    void cancel(String taskId, Instant now) {
        jdbc.sql("""
                        UPDATE sla_clock SET stopped_at = :now,
                            result = CASE WHEN breached_at IS NULL THEN 'CANCELLED' ELSE result END
                        WHERE task_id = :taskId AND stopped_at IS NULL""")
                .param("now", utc(now)).param("taskId", taskId).update();
    }

    /**
     * Records every breach due before {@code now}: the clock's result becomes BREACHED and its breach time
     * is its due time, however late the scan runs. Only OPEN clocks change, so each breach is recorded once.
     */
    List<Long> recordBreaches(Instant now) {
        return jdbc.sql("""
                        UPDATE sla_clock SET result = 'BREACHED', breached_at = due_at
                        WHERE result = 'OPEN' AND due_at < :now
                        RETURNING id""")
                .param("now", utc(now)).query(Long.class).list();
    }

    /** Records the new clock's breach at once if it was already past due when it started; true if it did. */
    boolean breachIfOverdue(long clockId, Instant now) {
        return jdbc.sql("""
                        UPDATE sla_clock SET result = 'BREACHED', breached_at = due_at
                        WHERE id = :id AND result = 'OPEN' AND due_at < :now""")
                .param("id", clockId).param("now", utc(now)).update() == 1;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
