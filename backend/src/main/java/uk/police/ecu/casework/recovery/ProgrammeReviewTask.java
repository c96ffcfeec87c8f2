package uk.police.ecu.casework.recovery;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/**
 * Completes {@code Task_ProgrammeReview}, the drug referral worker's part of a review: engagement and
 * treatment notes (special category health data, never shown to officers).
 */
@Component
class ProgrammeReviewTask implements TaskForm<ProgrammeReviewTask.Form> {

    enum Engagement { ATTENDED, MISSED, PARTLY }

    record Form(@NotNull(message = "Choose whether the participant attended, missed or partly attended")
                Engagement engagement,
                String treatmentNotes) {
    }

    private final ReviewRepository reviews;

    ProgrammeReviewTask(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("Task_ProgrammeReview");
    }

    @Override
    public Class<Form> formType() {
        return Form.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Form form) {
        reviews.recordEngagement(task.caseReference(), form.engagement().name(), form.treatmentNotes(),
                task.user().username());
        return Map.of(RecoveryProcess.MISSED_IN_A_ROW, missedInARow(reviews.of(task.caseReference())));
    }

    /**
     * Reviews missed in a row, counting back from the latest; a successful re-engagement starts the
     * count again.
     */
    private static int missedInARow(List<Review> newestFirst) {
        int missed = 0;
        for (Review review : newestFirst) {
            if (Boolean.TRUE.equals(review.reEngaged()) || !"MISSED".equals(review.engagement())) {
                break;
            }
            missed++;
        }
        return missed;
    }
}
