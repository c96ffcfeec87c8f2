package uk.police.ecu.casework.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.shared.RefusedException;

/**
 * The day someone working a task means to come back to it, kept on the engine's own task (its follow-up date) so
 * the list can show it and sort by it. Only someone who may work the task sets it: a reminder on a task held by
 * someone else would be a note in their diary.
 */
@Service
@PreAuthorize(TaskListService.CASEWORKERS)
public class TaskFollowUps {

    static final String FIELD = "followUp";

    private final TaskListService taskList;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final TaskProjectionRepository projection;
    private final AuditLog auditLog;
    private final Clock clock;

    TaskFollowUps(TaskListService taskList, TaskService tasks, RepositoryService repository,
                  TaskProjectionRepository projection, AuditLog auditLog, Clock clock) {
        this.taskList = taskList;
        this.tasks = tasks;
        this.repository = repository;
        this.projection = projection;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Sets the follow-up day, or clears it when {@code day} is null. */
    @Transactional
    public void set(CaseworkUser user, String taskId, LocalDate day) {
        Task task = taskList.visibleTask(user, taskId);
        if (!taskList.mayWork(user, task)) {
            auditLog.recordRefusal(AuditEntry.accessRefused("task", List.of(taskId), Map.of("action", "follow-up")));
            throw new RefusedException("Only the person working this task, or while nobody holds it a member of "
                    + "its team, can set when to follow it up");
        }
        if (day != null && day.isBefore(LocalDate.now(clock))) {
            throw InvalidInputException.field(FIELD, "The follow-up date must be today or in the future");
        }
        task.setFollowUpDate(day == null ? null : Date.from(day.atStartOfDay(clock.getZone()).toInstant()));
        tasks.saveTask(task);
        Map<String, Object> details = new HashMap<>();
        details.put("task", task.getTaskDefinitionKey());
        details.put("followUp", day == null ? "cleared" : day.toString());
        auditLog.record(AuditEntry.alteration(repository.getProcessDefinition(task.getProcessDefinitionId()).getKey(),
                caseOf(taskId), details));
    }

    private List<String> caseOf(String taskId) {
        return projection.byId(taskId).map(TaskRecord::caseReference).filter(reference -> !reference.isEmpty())
                .map(List::of).orElse(List.of(taskId));
    }
}
