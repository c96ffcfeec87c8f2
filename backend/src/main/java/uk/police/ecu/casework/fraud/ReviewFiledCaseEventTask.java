package uk.police.ecu.casework.fraud;

import static uk.police.ecu.casework.fraud.FraudProcessVariables.AMENDMENT_ID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.shared.RefusedException;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/**
 * Completes {@code Task_ReviewFiledCaseEvent}: a supervisor keeps a closed case filed, saying why, or reopens it,
 * after an event that needs action or an NFIB amendment (whose review also acknowledges the amendment).
 * Whoever made the triage decision that closed the case may not review it: the engine's four-eyes rule looks
 * only inside one process, and the decision was made in the case's triage process, so it is checked here.
 */
@Component
class ReviewFiledCaseEventTask implements TaskForm<ReviewFiledCaseEventTask.Answers> {

    enum Decision { KEEP_FILED, REOPEN }

    record Answers(@NotNull(message = "Choose whether to keep the case filed or reopen it") Decision decision,
                   @NotBlank(message = "Say why")
                   @Size(max = 4000, message = "The reason must be 4,000 characters or fewer") String reason) {
    }

    static final String REVIEW_DECISION = "reviewDecision";

    private final TaskService taskService;
    private final ClosedCaseEventReviewRepository reviews;
    private final CrimeAmendmentRepository amendments;
    private final AuditLog audit;

    ReviewFiledCaseEventTask(TaskService taskService, ClosedCaseEventReviewRepository reviews,
                             CrimeAmendmentRepository amendments, AuditLog audit) {
        this.taskService = taskService;
        this.reviews = reviews;
        this.amendments = amendments;
        this.audit = audit;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("Task_ReviewFiledCaseEvent");
    }

    @Override
    public Class<Answers> formType() {
        return Answers.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Answers answers) {
        String reviewer = task.user().username();
        if (reviewer.equals(taskService.getVariable(task.id(), ClosedCaseEvents.FILED_BY))) {
            audit.recordRefusal(AuditEntry.accessRefused("task", List.of(task.id()), Map.of("check", "four-eyes")));
            throw new RefusedException("You made the decision that closed this case, so someone else must review it");
        }
        String reference = task.caseReference();
        String decision = answers.decision().name();
        String reason = answers.reason().strip();
        Object amendment = taskService.getVariable(task.id(), AMENDMENT_ID);
        if (amendment instanceof Number amendmentId) {
            reviews.recordOnAmendment(reference, amendmentId.longValue(), decision, reason, reviewer);
            // The supervisor read what NFIB changed: that is the amendment's acknowledgement too.
            amendments.acknowledge(amendmentId.longValue(), reference, reviewer);
            audit.record(AuditEntry.alteration("crime", List.of(reference), Map.of("change",
                    "NFIB amendment on closed case reviewed", "amendmentId", amendmentId, "decision", decision)));
        } else {
            long eventId = ((Number) taskService.getVariable(task.id(), ClosedCaseEvents.CASE_EVENT_ID)).longValue();
            reviews.record(reference, eventId, decision, reason, reviewer);
            audit.record(AuditEntry.alteration("crime", List.of(reference),
                    Map.of("change", "event on closed case reviewed", "caseEventId", eventId, "decision", decision)));
        }
        return Map.of(REVIEW_DECISION, decision);
    }
}
