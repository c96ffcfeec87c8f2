package uk.police.ecu.casework.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.UserRepository;

/**
 * Supervisors give tasks of the teams they supervise to a member of the task's team, one at a time or
 * many at once. Each task is its own unit of work, so one that moved on meanwhile does not stop the rest.
 */
@Service
@PreAuthorize(TaskListService.CASEWORKERS)
public class TaskReassignment {

    private final TaskService tasks;
    private final UserRepository users;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final FourEyes fourEyes;
    private final ApplicationEventPublisher events;

    TaskReassignment(TaskService tasks, UserRepository users, AuditLog auditLog, TransactionTemplate transaction,
                     FourEyes fourEyes, ApplicationEventPublisher events) {
        this.events = events;
        this.fourEyes = fourEyes;
        this.tasks = tasks;
        this.users = users;
        this.auditLog = auditLog;
        this.transaction = transaction;
    }

    /** What happened to each task asked for. */
    public record Result(List<String> reassigned, List<Refusal> refused) {
    }

    public record Refusal(String taskId, Reason reason, String message) {
    }

    public enum Reason { NOT_FOUND, NOT_IN_TEAM, MADE_THE_DECISION }

    public Result reassign(CaseworkUser supervisor, List<String> taskIds, String assignee) {
        List<String> reassigned = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (String taskId : taskIds.stream().distinct().toList()) {
            Refusal refusal = transaction.execute(status -> reassignOne(supervisor, taskId, assignee));
            if (refusal == null) {
                reassigned.add(taskId);
            } else {
                refused.add(refusal);
            }
        }
        return new Result(reassigned, refused);
    }

    /** Null when done, otherwise why not. */
    private Refusal reassignOne(CaseworkUser supervisor, String taskId, String assignee) {
        var task = tasks.createTaskQuery().taskId(taskId).singleResult();
        List<String> groups = task == null ? List.of() : tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).toList();
        if (groups.stream().noneMatch(supervisor.supervisedTeamIds()::contains)) {
            auditLog.recordRefusal(AuditEntry.accessRefused("task", List.of(taskId), Map.of("exists", task != null)));
            return new Refusal(taskId, Reason.NOT_FOUND, "There is no such task among the queues you supervise");
        }
        if (groups.stream().noneMatch(team -> users.members(team).stream().anyMatch(m -> m.username().equals(assignee)))) {
            // Not named: a name typed here must not tell the supervisor who else has an account.
            return new Refusal(taskId, Reason.NOT_IN_TEAM, "The person chosen is not in this task's team");
        }
        if (fourEyes.isDecider(task, assignee)) {
            return new Refusal(taskId, Reason.MADE_THE_DECISION,
                    "The person chosen made the decision this task approves, so someone else must approve it");
        }
        tasks.setAssignee(taskId, assignee);
        auditLog.record(AuditEntry.alteration("task", List.of(taskId),
                Map.of("assignee", assignee, "previousAssignee", task.getAssignee() == null ? "" : task.getAssignee())));
        events.publishEvent(new TaskReassigned(taskId, task.getTaskDefinitionKey(), task.getProcessInstanceId(),
                task.getAssignee(), assignee, supervisor.username()));
        return null;
    }
}
