package uk.police.ecu.casework.recovery;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/** Completes {@code Task_OffendingReview}, the officer's part of a review: shop theft offences since the last one. */
@Component
class OffendingReviewTask implements TaskForm<OffendingReviewTask.Form> {

    record Form(@NotNull(message = "List the offences since the last review (an empty list if none)")
                List<@Valid Offence> newOffences) {
    }

    private final ParticipantRepository participants;
    private final ReviewRepository reviews;

    OffendingReviewTask(ParticipantRepository participants, ReviewRepository reviews) {
        this.participants = participants;
        this.reviews = reviews;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("Task_OffendingReview");
    }

    @Override
    public Class<Form> formType() {
        return Form.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Form form) {
        participants.addOffences(task.caseReference(), form.newOffences(), "REVIEW", task.user().username());
        reviews.recordOffending(task.caseReference(), form.newOffences().size(), task.user().username());
        return Map.of(RecoveryProcess.NEW_OFFENCE, !form.newOffences().isEmpty());
    }
}
