package uk.police.ecu.casework.tasks;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes the task list's projection rows from the engine's task entities. */
@Repository
public class TaskProjectionWriter {

    private final JdbcTemplate jdbc;
    private final CaseSubjectsRegistry subjects;

    TaskProjectionWriter(JdbcTemplate jdbc, CaseSubjectsRegistry subjects) {
        this.jdbc = jdbc;
        this.subjects = subjects;
    }

    void insert(TaskEntity task) {
        insert(task, candidateGroups(task));
    }

    void insert(TaskEntity task, List<String> candidateGroups) {
        String processKey = task.getProcessDefinition() == null ? "standalone" : task.getProcessDefinition().getKey();
        ExecutionEntity instance = task.getProcessInstance();
        String caseReference = instance == null ? null : instance.getBusinessKey();
        insert(new TaskRow(task.getId(), task.getProcessInstanceId(), processKey, task.getTaskDefinitionKey(),
                task.getName(), caseReference, task.getCreateTime(), task.getDueDate(), task.getPriority(),
                task.getAssignee(), candidateGroups));
    }

    void insert(TaskRow row) {
        Optional<TaskSubject> subject = row.caseReference() == null ? Optional.empty()
                : subjects.subjectOf(row.processKey(), row.caseReference());
        jdbc.update("""
                INSERT INTO task_projection (task_id, process_instance_id, process_key, task_type, name, case_reference,
                    subject_name, policing_area, loss_gbp, fraud_type, victim_age_band, created_at, due_at, priority,
                    assignee, candidate_groups)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (task_id) DO NOTHING""",
                row.taskId(), row.processInstanceId(), row.processKey(), row.taskType(),
                row.name() == null ? row.taskType() : row.name(), row.caseReference(),
                subject.map(TaskSubject::subjectName).orElse(null), subject.map(TaskSubject::policingArea).orElse(null),
                subject.map(TaskSubject::lossGbp).orElse(null), subject.map(TaskSubject::fraudType).orElse(null),
                subject.map(TaskSubject::victimAgeBand).orElse(null), timestamp(row.created()), timestamp(row.due()),
                row.priority(), row.assignee(), row.candidateGroups().toArray(String[]::new));
    }

    void update(TaskEntity task) {
        jdbc.update("""
                UPDATE task_projection SET name = ?, due_at = ?, priority = ?, assignee = ?,
                    change_mark = nextval('task_change_seq')
                WHERE task_id = ?""",
                task.getName(), timestamp(task.getDueDate()), task.getPriority(), task.getAssignee(), task.getId());
    }

    void addCandidateGroup(String taskId, String groupId) {
        jdbc.update("""
                UPDATE task_projection SET candidate_groups = array_append(candidate_groups, ?),
                    change_mark = nextval('task_change_seq')
                WHERE task_id = ? AND NOT (? = ANY (candidate_groups))""", groupId, taskId, groupId);
    }

    void removeCandidateGroup(String taskId, String groupId) {
        jdbc.update("""
                UPDATE task_projection SET candidate_groups = array_remove(candidate_groups, ?),
                    change_mark = nextval('task_change_seq')
                WHERE task_id = ?""", groupId, taskId);
    }

    void remove(String taskId) {
        // Bump the sequence even for a removal, so pollers notice the task went.
        jdbc.queryForObject("SELECT nextval('task_change_seq')", Long.class);
        jdbc.update("DELETE FROM task_projection WHERE task_id = ?", taskId);
    }

    /** Re-reads the case's facts onto its open tasks, after the case itself changed. */
    public void refreshSubject(String processKey, String caseReference) {
        Optional<TaskSubject> subject = subjects.subjectOf(processKey, caseReference);
        jdbc.update("""
                UPDATE task_projection SET subject_name = ?, policing_area = ?, loss_gbp = ?, fraud_type = ?,
                    victim_age_band = ?, change_mark = nextval('task_change_seq')
                WHERE process_key = ? AND case_reference = ?""",
                subject.map(TaskSubject::subjectName).orElse(null), subject.map(TaskSubject::policingArea).orElse(null),
                subject.map(TaskSubject::lossGbp).orElse(null), subject.map(TaskSubject::fraudType).orElse(null),
                subject.map(TaskSubject::victimAgeBand).orElse(null), processKey, caseReference);
    }

    static List<String> candidateGroups(TaskEntity task) {
        return task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLinkEntity::getGroupId).distinct().toList();
    }

    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }

    /** An open task as the projection records it. */
    record TaskRow(String taskId, String processInstanceId, String processKey, String taskType, String name,
                   String caseReference, Date created, Date due, int priority, String assignee,
                   List<String> candidateGroups) {
    }
}
