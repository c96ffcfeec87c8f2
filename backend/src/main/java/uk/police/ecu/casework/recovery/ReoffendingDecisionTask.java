package uk.police.ecu.casework.recovery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/** Completes {@code Task_ReoffendingDecision}: after a new offence the officer decides to continue or exit. */
@Component
class ReoffendingDecisionTask implements TaskForm<ReoffendingDecisionTask.Form> {

    enum Decision { CONTINUE, EXIT }

    record Form(@NotNull(message = "Choose whether participation continues or ends") Decision decision,
                @NotBlank(message = "Give the reason for the decision") String rationale) {
    }

    private final ReviewRepository reviews;

    ReoffendingDecisionTask(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("Task_ReoffendingDecision");
    }

    @Override
    public Class<Form> formType() {
        return Form.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Form form) {
        reviews.recordReoffendingDecision(task.caseReference(), form.decision().name(), form.rationale());
        return Map.of(RecoveryProcess.REOFFENDING_DECISION, form.decision().name());
    }
}
