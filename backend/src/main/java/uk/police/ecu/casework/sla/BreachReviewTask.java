package uk.police.ecu.casework.sla;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.TaskReassignment;
import uk.police.ecu.casework.tasks.WorkedTask;

/**
 * Completes {@code Task_BreachReview}: the supervisor's cause, whether the delay was justified and the
 * action taken, optionally giving the late work (if still open) to a member of its team.
 */
@Component
class BreachReviewTask implements TaskForm<BreachReviewTask.Answers> {

    enum Cause { WORKLOAD, VICTIM_UNREACHABLE, SYSTEM, OTHER }

    record Answers(@NotNull(message = "Choose the cause of the breach") Cause cause,
                   @NotNull(message = "Choose whether the breach was justified") Boolean justified,
                   @NotBlank(message = "Enter the action taken") @Size(max = 4000, message = "Action taken must be 4,000 characters or fewer") String actionTaken,
                   String reassignTo) {
    }

    private final BreachReviewRepository reviews;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TaskReassignment reassignment;
    private final AuditLog auditLog;
    private final Clock clock;

    BreachReviewTask(BreachReviewRepository reviews, RuntimeService runtime, TaskService tasks,
                     TaskReassignment reassignment, AuditLog auditLog, Clock clock) {
        this.reviews = reviews;
        this.runtime = runtime;
        this.tasks = tasks;
        this.reassignment = reassignment;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("Task_BreachReview");
    }

    @Override
    public Class<Answers> formType() {
        return Answers.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Answers answers) {
        long clockId = ((Number) runtime.getVariable(task.processInstanceId(), BreachReviews.CLOCK_ID)).longValue();
        String lateTaskId = (String) runtime.getVariable(task.processInstanceId(), BreachReviews.LATE_TASK_ID);
        if (answers.reassignTo() != null && !answers.reassignTo().isBlank()) {
            reassignLateWork(task, lateTaskId, answers.reassignTo().trim());
        }
        reviews.recordReview(clockId, answers.cause().name(), answers.justified(), answers.actionTaken().trim(),
                task.user().username(), OffsetDateTime.now(clock));
        auditLog.record(AuditEntry.alteration("sla-breach", List.of(String.valueOf(clockId)),
                Map.of("cause", answers.cause().name(), "justified", answers.justified())));
        return Map.of("breachCause", answers.cause().name(), "breachJustified", answers.justified());
    }

    private void reassignLateWork(WorkedTask task, String lateTaskId, String assignee) {
        if (lateTaskId == null || tasks.createTaskQuery().taskId(lateTaskId).count() == 0) {
            throw InvalidInputException.field("reassignTo", "The late work is already done, so it cannot be reassigned");
        }
        TaskReassignment.Result result = reassignment.reassign(task.user(), List.of(lateTaskId), assignee);
        if (!result.refused().isEmpty()) {
            throw InvalidInputException.field("reassignTo", result.refused().get(0).message());
        }
    }
}
