package uk.police.ecu.casework.tasks;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Writes the task list's projection rows from the engine's task entities, with the facts of each task's
 * case as the capability that owns the case gives them.
 */
@Component
public class TaskProjectionWriter {

    private final TaskProjectionRepository projection;
    private final CaseSubjectsRegistry subjects;

    TaskProjectionWriter(TaskProjectionRepository projection, CaseSubjectsRegistry subjects) {
        this.projection = projection;
        this.subjects = subjects;
    }

    void insert(TaskEntity task) {
        insert(task, candidateGroups(task));
    }

    void insert(TaskEntity task, List<String> candidateGroups) {
        String processKey = task.getProcessDefinition() == null ? "standalone" : task.getProcessDefinition().getKey();
        ExecutionEntity instance = task.getProcessInstance();
        String caseReference = instance == null ? null : instance.getBusinessKey();
        insert(new TaskProjectionRepository.TaskRow(task.getId(), task.getProcessInstanceId(), processKey,
                task.getTaskDefinitionKey(), task.getName(), caseReference, task.getCreateTime(), task.getDueDate(),
                task.getPriority(), task.getAssignee(), candidateGroups));
    }

    void insert(TaskProjectionRepository.TaskRow row) {
        Optional<TaskSubject> subject = row.caseReference() == null ? Optional.empty()
                : subjects.subjectOf(row.processKey(), row.caseReference());
        projection.insert(row, subject);
    }

    void update(TaskEntity task) {
        projection.update(task.getId(), task.getName(), task.getDueDate(), task.getPriority(), task.getAssignee());
    }

    void addCandidateGroup(String taskId, String groupId) {
        projection.addCandidateGroup(taskId, groupId);
    }

    void removeCandidateGroup(String taskId, String groupId) {
        projection.removeCandidateGroup(taskId, groupId);
    }

    void remove(String taskId) {
        projection.remove(taskId);
    }

    /** Re-reads the case's facts onto its open tasks, after the case itself changed. */
    public void refreshSubject(String processKey, String caseReference) {
        projection.setSubject(processKey, caseReference, subjects.subjectOf(processKey, caseReference));
    }

    static List<String> candidateGroups(TaskEntity task) {
        return task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLinkEntity::getGroupId).distinct().toList();
    }
}
