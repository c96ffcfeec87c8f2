package uk.police.ecu.casework.victimcare;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/**
 * Completes {@code Task_PlannedContact}: logs one planned contact with its outcome, the advice given and
 * the protect resources issued. A call blocker with none in stock refuses the whole contact. A call with no
 * answer is not a contact: it is logged as a failed attempt ({@link ContactAttempts}) and the task stays open.
 */
@Component
class PlannedContactTask implements TaskForm<PlannedContactTask.Answers> {

    /**
     * NO_ANSWER remains for contacts logged before a failed attempt became an attempt; the form refuses it now.
     * OPTED_OUT: the victim wants no more contact; the referral closes as opted out.
     */
    enum Outcome { CONTACTED, NO_ANSWER, DECLINED, OPTED_OUT }

    enum Advice { BANKING_SAFEGUARDING, INTERNET_SAFETY, LASTING_POWER_OF_ATTORNEY, BANKING_PROTOCOL, SCAM_TRENDS }

    record Answers(@NotNull(message = "Give the date of the contact") LocalDate contactedOn,
                   @NotNull(message = "Choose what happened") Outcome outcome,
                   List<@NotNull(message = "Choose advice from the list") Advice> advice,
                   List<@NotNull(message = "Choose resources from the list") ProtectResource> resources,
                   Boolean consentToVictimSupport,
                   @Size(max = 4000, message = "The notes must be 4,000 characters or fewer") String notes) {
    }

    private final ReferralRepository referrals;
    private final ContactPlanRepository plans;
    private final TaskService tasks;
    private final ProtectResources protectResources;
    private final VictimSupportConsent consent;
    private final Clock clock;

    PlannedContactTask(ReferralRepository referrals, ContactPlanRepository plans, TaskService tasks,
                       ProtectResources protectResources, VictimSupportConsent consent, Clock clock) {
        this.referrals = referrals;
        this.plans = plans;
        this.tasks = tasks;
        this.protectResources = protectResources;
        this.consent = consent;
        this.clock = clock;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("Task_PlannedContact");
    }

    @Override
    public Class<Answers> formType() {
        return Answers.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Answers answers) {
        if (answers.outcome() == Outcome.NO_ANSWER) {
            throw InvalidInputException.field("outcome",
                    "A call with no answer is an attempt, not a contact: log it as a failed attempt and the contact stays open");
        }
        Referral referral = referrals.get(task.caseReference());
        UUID contactId = UUID.fromString((String) tasks.getVariable(task.id(), VictimCareProcess.PLANNED_CONTACT_ID));
        RecordedDates.notFuture("contactedOn", answers.contactedOn(), LocalDate.now(clock));
        Set<Advice> advice = answers.advice() == null ? Set.of() : new LinkedHashSet<>(answers.advice());
        Set<ProtectResource> resources = answers.resources() == null ? Set.of() : new LinkedHashSet<>(answers.resources());
        if (answers.outcome() != Outcome.CONTACTED && !resources.isEmpty()) {
            throw InvalidInputException.field("resources", "Resources can be issued only when the victim was contacted");
        }
        if (answers.outcome() != Outcome.CONTACTED && !advice.isEmpty()) {
            throw InvalidInputException.field("advice", "Advice can be recorded only when the victim was contacted");
        }
        if (Boolean.TRUE.equals(answers.consentToVictimSupport()) && answers.outcome() != Outcome.CONTACTED) {
            throw InvalidInputException.field("consentToVictimSupport",
                    "Consent can be recorded only when the victim was contacted");
        }
        protectResources.issue(referral.reference(), contactId, resources, answers.contactedOn(), task.user().username());
        plans.logContact(contactId, referral.reference(), answers.contactedOn(), answers.outcome(), advice, resources,
                answers.notes(), task.user().username(), clock.instant());
        if (Boolean.TRUE.equals(answers.consentToVictimSupport())) {
            consent.record(referral.reference(), task.user().username());
        }
        if (answers.outcome() == Outcome.OPTED_OUT) {
            referrals.close(referral.reference(), ClosureOutcome.OPTED_OUT, answers.notes(), answers.contactedOn(),
                    task.user().username(), clock.instant());
            // On the whole case (a task variable new to the case lands on its process), so the contacts the opt-out
            // cancels end as opted out too.
            tasks.setVariable(task.id(), VictimCareProcess.CLOCK_END, VictimCareProcess.CLOCK_END_OPTED_OUT);
            return Map.of(VictimCareProcess.VICTIM_OPTED_OUT, true,
                    VictimCareProcess.CLOCK_END, VictimCareProcess.CLOCK_END_OPTED_OUT);
        }
        return Map.of();
    }
}
