package uk.police.ecu.casework.victimcare;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/**
 * Completes {@code Task_UnableToContactReview} (first contact) and {@code Task_UnreachedContactReview} (a planned
 * contact): a supervisor sends the referral back for a new round of attempts, or closes it as unable to contact.
 */
@Component
class UnableToContactReviewTask implements TaskForm<UnableToContactReviewTask.Answers> {

    enum Decision { TRY_AGAIN, CLOSE }

    private static final String FIRST_CONTACT_REVIEW = "Task_UnableToContactReview";
    /** The same review when the victim stopped answering at a planned contact: "try again" goes back to the plan. */
    private static final String PLANNED_CONTACT_REVIEW = "Task_UnreachedContactReview";

    record Answers(@NotNull(message = "Choose whether to try again or close the referral") Decision decision,
                   @NotBlank(message = "Give the reason for the decision")
                   @Size(max = 4000, message = "The reason must be 4,000 characters or fewer") String reason) {
    }

    private final ReferralRepository referrals;
    private final ContactReviewRepository reviews;
    private final Clock clock;

    UnableToContactReviewTask(ReferralRepository referrals, ContactReviewRepository reviews, Clock clock) {
        this.referrals = referrals;
        this.reviews = reviews;
        this.clock = clock;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(FIRST_CONTACT_REVIEW, PLANNED_CONTACT_REVIEW);
    }

    @Override
    public Class<Answers> formType() {
        return Answers.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Answers answers) {
        Referral referral = referrals.get(task.caseReference());
        String reason = answers.reason().strip();
        reviews.add(referral.reference(), referral.attemptRound(), answers.decision(), reason, task.user().username(),
                clock.instant());
        if (answers.decision() == Decision.TRY_AGAIN && PLANNED_CONTACT_REVIEW.equals(task.taskKey())) {
            referrals.startNewPlannedContactRound(referral.reference());
        } else if (answers.decision() == Decision.TRY_AGAIN) {
            referrals.startNewAttemptRound(referral.reference());
        } else {
            referrals.close(referral.reference(), ClosureOutcome.UNABLE_TO_CONTACT, reason, LocalDate.now(clock),
                    task.user().username(), clock.instant());
        }
        if (answers.decision() == Decision.TRY_AGAIN) {
            return Map.of(VictimCareProcess.CONTACT_REVIEW_DECISION, answers.decision().name());
        }
        // The victim was never reached: their Victims' Code clocks end as unreachable, never as met.
        return Map.of(VictimCareProcess.CONTACT_REVIEW_DECISION, answers.decision().name(),
                VictimCareProcess.CLOCK_END, VictimCareProcess.CLOCK_END_UNREACHABLE);
    }
}
