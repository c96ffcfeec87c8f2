package uk.police.ecu.casework.tasks;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The task list's projection of the engine's open tasks ({@code task_projection}), written as the engine
 * changes its tasks; {@link TaskListRepository} reads it as pages of a list. Every write moves
 * {@code task_change_seq}.
 */
@Repository
class TaskProjectionRepository {

    /**
     * The projection's rows with what the engine keeps on each task itself and the projection does not copy: the
     * follow-up date and the task's comments. Conditions on the projection's own columns need no prefix.
     */
    static final String ROWS = """
            SELECT p.*, t.follow_up_date_ AS follow_up_at,
                (SELECT count(*) FROM public.act_hi_comment c WHERE c.task_id_ = p.task_id AND c.type_ = 'comment')
                    AS comment_count,
                (SELECT max(c.time_) FROM public.act_hi_comment c WHERE c.task_id_ = p.task_id AND c.type_ = 'comment')
                    AS last_comment_at
            FROM task_projection p LEFT JOIN public.act_ru_task t ON t.id_ = p.task_id
            """;

    private final JdbcClient jdbc;

    TaskProjectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TaskRecord> byId(String taskId) {
        return jdbc.sql(ROWS + "WHERE p.task_id = :id").param("id", taskId)
                .query(TaskProjectionRepository::toRecord).list().stream().findFirst();
    }

    List<TaskRecord> ofCase(String processKey, String caseReference) {
        return jdbc.sql(ROWS + """
                WHERE case_reference = :reference AND process_key = :process
                ORDER BY due_at NULLS LAST, created_at""")
                .param("reference", caseReference).param("process", processKey)
                .query(TaskProjectionRepository::toRecord).list();
    }

    long assignedTo(String username) {
        Long count = jdbc.sql("SELECT count(*) FROM task_projection WHERE assignee = :user")
                .param("user", username).query(Long.class).single();
        return count == null ? 0 : count;
    }

    /** Open tasks offered to each of the given teams. */
    Map<String, Long> queueCounts(Collection<String> teams) {
        if (teams.isEmpty()) {
            return Map.of();
        }
        String[] groups = teams.toArray(String[]::new);
        return jdbc.sql("""
                SELECT g AS team, count(*) AS tasks FROM task_projection, unnest(candidate_groups) g
                WHERE candidate_groups && CAST(:groups AS text[]) AND g = ANY (CAST(:groups AS text[])) GROUP BY g""")
                .param("groups", groups).query((rs, n) -> Map.entry(rs.getString("team"), rs.getLong("tasks"))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Moves whenever any task changes; a poller compares it to decide whether to fetch again. */
    long changeMark() {
        Long mark = jdbc.sql("SELECT last_value FROM task_change_seq").query(Long.class).single();
        return mark == null ? 0 : mark;
    }

    /** An open task as the projection records it. */
    record TaskRow(String taskId, String processInstanceId, String processKey, String taskType, String name,
                   String caseReference, Date created, Date due, int priority, String assignee,
                   List<String> candidateGroups) {
    }

    /** Adds the task with its case's facts ({@code subject}); a task already there is left as it is. */
    void insert(TaskRow row, Optional<TaskSubject> subject) {
        jdbc.sql("""
                INSERT INTO task_projection (task_id, process_instance_id, process_key, task_type, name, case_reference,
                    subject_name, policing_area, loss_gbp, fraud_type, victim_age_band, created_at, due_at, priority,
                    assignee, candidate_groups)
                VALUES (:taskId, :instance, :processKey, :taskType, :name, :caseReference, :subjectName, :area, :loss,
                    :fraudType, :ageBand, :created, :due, :priority, :assignee, :groups)
                ON CONFLICT (task_id) DO NOTHING""")
                .param("taskId", row.taskId()).param("instance", row.processInstanceId())
                .param("processKey", row.processKey()).param("taskType", row.taskType())
                .param("name", row.name() == null ? row.taskType() : row.name())
                .param("caseReference", row.caseReference())
                .param("subjectName", subject.map(TaskSubject::subjectName).orElse(null))
                .param("area", subject.map(TaskSubject::policingArea).orElse(null))
                .param("loss", subject.map(TaskSubject::lossGbp).orElse(null))
                .param("fraudType", subject.map(TaskSubject::fraudType).orElse(null))
                .param("ageBand", subject.map(TaskSubject::victimAgeBand).orElse(null))
                .param("created", timestamp(row.created())).param("due", timestamp(row.due()))
                .param("priority", row.priority()).param("assignee", row.assignee())
                .param("groups", row.candidateGroups().toArray(String[]::new))
                .update();
    }

    void update(String taskId, String name, Date due, int priority, String assignee) {
        jdbc.sql("""
                UPDATE task_projection SET name = :name, due_at = :due, priority = :priority, assignee = :assignee,
                    change_mark = nextval('task_change_seq')
                WHERE task_id = :taskId""")
                .param("name", name).param("due", timestamp(due)).param("priority", priority)
                .param("assignee", assignee).param("taskId", taskId).update();
    }

    /** A comment changes no column here; moving the mark still tells pollers the list has something new. */
    void noteChange(String taskId) {
        jdbc.sql("UPDATE task_projection SET change_mark = nextval('task_change_seq') WHERE task_id = :taskId")
                .param("taskId", taskId).update();
    }

    void addCandidateGroup(String taskId, String groupId) {
        jdbc.sql("""
                UPDATE task_projection SET candidate_groups = array_append(candidate_groups, :group),
                    change_mark = nextval('task_change_seq')
                WHERE task_id = :taskId AND NOT (:group = ANY (candidate_groups))""")
                .param("group", groupId).param("taskId", taskId).update();
    }

    void removeCandidateGroup(String taskId, String groupId) {
        jdbc.sql("""
                UPDATE task_projection SET candidate_groups = array_remove(candidate_groups, :group),
                    change_mark = nextval('task_change_seq')
                WHERE task_id = :taskId""")
                .param("group", groupId).param("taskId", taskId).update();
    }

    void remove(String taskId) {
        // Bump the sequence even for a removal, so pollers notice the task went.
        jdbc.sql("SELECT nextval('task_change_seq')").query(Long.class).single();
        jdbc.sql("DELETE FROM task_projection WHERE task_id = :taskId").param("taskId", taskId).update();
    }

    /** Writes the case's facts ({@code subject}) onto its open tasks. */
    void setSubject(String processKey, String caseReference, Optional<TaskSubject> subject) {
        jdbc.sql("""
                UPDATE task_projection SET subject_name = :subjectName, policing_area = :area, loss_gbp = :loss,
                    fraud_type = :fraudType, victim_age_band = :ageBand, change_mark = nextval('task_change_seq')
                WHERE process_key = :processKey AND case_reference = :caseReference""")
                .param("subjectName", subject.map(TaskSubject::subjectName).orElse(null))
                .param("area", subject.map(TaskSubject::policingArea).orElse(null))
                .param("loss", subject.map(TaskSubject::lossGbp).orElse(null))
                .param("fraudType", subject.map(TaskSubject::fraudType).orElse(null))
                .param("ageBand", subject.map(TaskSubject::victimAgeBand).orElse(null))
                .param("processKey", processKey).param("caseReference", caseReference).update();
    }

    /** Removes the rows of tasks the engine no longer has; returns how many went. */
    int removeTasksGoneFromEngine() {
        return jdbc.sql("""
                DELETE FROM task_projection p WHERE NOT EXISTS (SELECT 1 FROM public.act_ru_task t WHERE t.id_ = p.task_id)""")
                .update();
    }

    /** The ids of the engine's tasks that have no row. */
    List<String> tasksMissingFromProjection() {
        return jdbc.sql("""
                SELECT t.id_ FROM public.act_ru_task t
                WHERE NOT EXISTS (SELECT 1 FROM task_projection p WHERE p.task_id = t.id_)""")
                .query(String.class).list();
    }

    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }

    static TaskRecord toRecord(ResultSet rs, int row) throws SQLException {
        Timestamp due = rs.getTimestamp("due_at");
        Timestamp followUp = rs.getTimestamp("follow_up_at");
        Timestamp lastComment = rs.getTimestamp("last_comment_at");
        BigDecimal loss = rs.getBigDecimal("loss_gbp");
        return new TaskRecord(rs.getString("task_id"), rs.getString("process_instance_id"),
                rs.getString("process_key"), rs.getString("task_type"), rs.getString("name"),
                rs.getString("case_reference"), rs.getString("subject_name"), rs.getString("policing_area"), loss,
                rs.getString("fraud_type"), rs.getString("victim_age_band"),
                rs.getTimestamp("created_at").toInstant(), due == null ? null : due.toInstant(),
                rs.getInt("priority"), rs.getString("assignee"),
                Arrays.asList((String[]) rs.getArray("candidate_groups").getArray()),
                followUp == null ? null : followUp.toInstant(), rs.getInt("comment_count"),
                lastComment == null ? null : lastComment.toInstant());
    }
}
