package uk.police.ecu.casework.victimcare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.shared.ConflictException;
import uk.police.ecu.casework.shared.InvalidInputException;

/**
 * A change to an agreed contact plan: the contacts not yet logged are replaced by the new ones (logged
 * contacts stay), and the model's open contact tasks are replaced by tasks for the new plan.
 */
@Component
class ContactPlanChanges {

    private final ReferralRepository referrals;
    private final ContactPlanRepository plans;
    private final RuntimeService runtime;
    private final Clock clock;

    ContactPlanChanges(ReferralRepository referrals, ContactPlanRepository plans, RuntimeService runtime,
                       Clock clock) {
        this.referrals = referrals;
        this.plans = plans;
        this.runtime = runtime;
        this.clock = clock;
    }

    void change(String reference, List<ContactPlanRepository.NewContact> contacts, String reason, String changedBy) {
        Referral referral = referrals.get(reference);
        boolean waitingForContacts = runtime.createExecutionQuery().processInstanceBusinessKey(reference)
                .activityId("Task_PlannedContact").count() > 0;
        if (referral.stage() != ReferralStage.CONTACT_PLAN_AGREED || !waitingForContacts) {
            throw new ConflictException("The plan can be changed only while its contacts are being made");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.field("reason", "Say why the plan is changing");
        }
        List<ContactPlanRepository.NewContact> checked = checked(contacts, LocalDate.now(clock));
        plans.replaceUnlogged(reference);
        plans.addVersion(reference, plans.currentVersion(reference) + 1, checked, reason.strip(),
                null, changedBy, clock.instant());
        runtime.createMessageCorrelation(VictimCareProcess.PLAN_CHANGED_MESSAGE)
                .processInstanceBusinessKey(reference)
                .correlate();
    }

    /** At least one contact, every one with a date today or later and a channel. */
    static List<ContactPlanRepository.NewContact> checked(List<ContactPlanRepository.NewContact> contacts,
                                                          LocalDate today) {
        if (contacts == null || contacts.isEmpty()) {
            throw InvalidInputException.field("contacts", "Plan at least one contact");
        }
        List<ContactPlanRepository.NewContact> checked = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            ContactPlanRepository.NewContact contact = contacts.get(i);
            if (contact == null || contact.dueOn() == null) {
                throw InvalidInputException.field("contacts[" + i + "].dueOn", "Give the date of the contact");
            }
            if (contact.channel() == null) {
                throw InvalidInputException.field("contacts[" + i + "].channel", "Choose how the victim will be contacted");
            }
            RecordedDates.notPast("contacts[" + i + "].dueOn", contact.dueOn(), today);
            checked.add(contact);
        }
        return checked;
    }
}
