package uk.police.ecu.casework.victimcare;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/** Completes {@code Task_CloseReferral}: the referral's outcome. "Referred on" needs the victim's consent on record. */
@Component
class CloseReferralTask implements TaskForm<CloseReferralTask.Answers> {

    record Answers(@NotNull(message = "Choose the outcome") ClosureOutcome outcome,
                   @Size(max = 4000, message = "The notes must be 4,000 characters or fewer") String notes) {
    }

    private final ReferralRepository referrals;
    private final VictimSupportReferralRepository victimSupport;
    private final Clock clock;

    CloseReferralTask(ReferralRepository referrals, VictimSupportReferralRepository victimSupport, Clock clock) {
        this.referrals = referrals;
        this.victimSupport = victimSupport;
        this.clock = clock;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("Task_CloseReferral");
    }

    @Override
    public Class<Answers> formType() {
        return Answers.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Answers answers) {
        if (answers.outcome().victimsChoice()) {
            throw InvalidInputException.field("outcome",
                    "A withdrawal or opt-out is recorded with its reason and date from the referral's page");
        }
        if (answers.outcome() == ClosureOutcome.REFERRED_ON && !victimSupport.consentOnRecord(task.caseReference())) {
            throw InvalidInputException.field("outcome",
                    "The victim has not consented to a referral to Victim Support, so cannot have been referred on");
        }
        referrals.close(task.caseReference(), answers.outcome(), answers.notes(), LocalDate.now(clock),
                task.user().username(), clock.instant());
        return Map.of();
    }
}
