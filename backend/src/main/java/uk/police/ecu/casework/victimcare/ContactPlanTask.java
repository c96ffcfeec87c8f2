package uk.police.ecu.casework.victimcare;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/** Completes {@code Task_ContactPlan}: the contacts agreed with the victim, each becoming a task due on its date. */
@Component
class ContactPlanTask implements TaskForm<ContactPlanTask.Answers> {

    record PlannedContact(@NotNull(message = "Give the date of the contact") LocalDate dueOn,
                          @NotNull(message = "Choose how the victim will be contacted") Channel channel) {
    }

    record Answers(@NotEmpty(message = "Plan at least one contact")
                   @Size(max = 52, message = "Plan 52 contacts or fewer") List<@NotNull @Valid PlannedContact> contacts,
                   @Size(max = 4000, message = "The notes must be 4,000 characters or fewer") String notes) {
    }

    private final ReferralRepository referrals;
    private final ContactPlanRepository plans;
    private final Clock clock;

    ContactPlanTask(ReferralRepository referrals, ContactPlanRepository plans, Clock clock) {
        this.referrals = referrals;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("Task_ContactPlan");
    }

    @Override
    public Class<Answers> formType() {
        return Answers.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Answers answers) {
        Referral referral = referrals.get(task.caseReference());
        List<ContactPlanRepository.NewContact> contacts = ContactPlanChanges.checked(answers.contacts().stream()
                .map(c -> new ContactPlanRepository.NewContact(c.dueOn(), c.channel())).toList(), LocalDate.now(clock));
        plans.addVersion(referral.reference(), 1, contacts, null, answers.notes(), task.user().username(),
                clock.instant());
        referrals.setStage(referral.reference(), ReferralStage.CONTACT_PLAN_AGREED);
        return Map.of();
    }
}
