package uk.police.ecu.casework.fraud;

import static uk.police.ecu.casework.fraud.FraudProcessVariables.AMENDMENT_ID;

import jakarta.validation.constraints.AssertTrue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/** Completes {@code Task_ReviewAmendment}: the officer has read what NFIB changed, which acknowledges it. */
@Component
class ReviewAmendmentTask implements TaskForm<ReviewAmendmentTask.Answers> {

    record Answers(@AssertTrue(message = "Confirm you have reviewed the amendment") boolean reviewed) {
    }

    private final TaskService taskService;
    private final CrimeAmendmentRepository amendments;
    private final AuditLog audit;

    ReviewAmendmentTask(TaskService taskService, CrimeAmendmentRepository amendments, AuditLog audit) {
        this.taskService = taskService;
        this.amendments = amendments;
        this.audit = audit;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("Task_ReviewAmendment");
    }

    @Override
    public Class<Answers> formType() {
        return Answers.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Answers answers) {
        long amendmentId = ((Number) taskService.getVariable(task.id(), AMENDMENT_ID)).longValue();
        if (amendments.acknowledge(amendmentId, task.caseReference(), task.user().username())) {
            audit.record(AuditEntry.alteration("crime", List.of(task.caseReference()),
                    Map.of("change", "NFIB amendment acknowledged", "amendmentId", amendmentId)));
        }
        return Map.of();
    }
}
