package uk.police.ecu.casework.recovery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/**
 * Completes {@code Task_ReEngagement}: whether the participant re-engaged after two missed reviews; and
 * {@code Task_ReEngagementAtProgrammeEnd}, the same question when the programme length is reached during
 * re-engagement (re-engaged: completed; not: disengaged).
 */
@Component
class ReEngagementTask implements TaskForm<ReEngagementTask.Form> {

    record Form(@NotNull(message = "Say whether the participant re-engaged") Boolean reEngaged,
                @NotBlank(message = "Say what was tried") String notes) {
    }

    private final ReviewRepository reviews;

    ReEngagementTask(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("Task_ReEngagement", "Task_ReEngagementAtProgrammeEnd");
    }

    @Override
    public Class<Form> formType() {
        return Form.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Form form) {
        reviews.recordReEngagement(task.caseReference(), form.reEngaged(), form.notes());
        return Map.of(RecoveryProcess.RE_ENGAGED, form.reEngaged());
    }
}
