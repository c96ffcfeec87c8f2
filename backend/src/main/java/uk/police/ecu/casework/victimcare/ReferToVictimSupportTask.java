package uk.police.ecu.casework.victimcare;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/** Completes {@code Task_ReferToVictimSupport}: when the victim was referred on, and Victim Support's reference. */
@Component
class ReferToVictimSupportTask implements TaskForm<ReferToVictimSupportTask.Answers> {

    record Answers(@NotNull(message = "Give the date of the referral") LocalDate referredOn,
                   @NotBlank(message = "Enter Victim Support's reference")
                   @Size(max = 100, message = "The reference must be 100 characters or fewer") String victimSupportReference,
                   @Size(max = 4000, message = "The notes must be 4,000 characters or fewer") String notes) {
    }

    private final VictimSupportReferralRepository victimSupport;
    private final Clock clock;

    ReferToVictimSupportTask(VictimSupportReferralRepository victimSupport, Clock clock) {
        this.victimSupport = victimSupport;
        this.clock = clock;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("Task_ReferToVictimSupport");
    }

    @Override
    public Class<Answers> formType() {
        return Answers.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Answers answers) {
        OffsetDateTime consentAt = victimSupport.consentRecordedAt(task.caseReference());
        RecordedDates.notFuture("referredOn", answers.referredOn(), LocalDate.now(clock));
        RecordedDates.notBefore("referredOn", answers.referredOn(),
                LocalDate.ofInstant(consentAt.toInstant(), clock.getZone()), "the victim's consent");
        victimSupport.recordReferral(task.caseReference(), answers.referredOn(), answers.victimSupportReference().strip(),
                answers.notes(), task.user().username());
        return Map.of();
    }
}
