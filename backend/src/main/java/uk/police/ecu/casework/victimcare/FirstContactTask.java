package uk.police.ecu.casework.victimcare;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/**
 * Completes {@code Task_FirstContact}: the victim was reached and assessed. Records the vulnerability
 * assessment and enhanced rights, and consent to Victim Support; the support level is decided next, by the model.
 */
@Component
class FirstContactTask implements TaskForm<FirstContactTask.Answers> {

    record Vulnerability(@NotNull(message = "Say whether the victim lives alone") Boolean livesAlone,
                         @NotNull(message = "Say whether the victim has a health or cognitive condition")
                         Boolean healthOrCognitiveCondition,
                         @NotNull(message = "Say whether the victim is still in contact with the suspect")
                         Boolean stillInContactWithSuspect,
                         @NotNull(message = "Say whether the victim is in significant financial hardship")
                         Boolean significantFinancialHardship,
                         @NotNull(message = "Say whether the victim has low confidence online")
                         Boolean lowDigitalConfidence) {
    }

    record EnhancedRights(@NotNull(message = "Say whether the victim qualifies for enhanced rights") Boolean qualifies,
                          List<@NotNull(message = "Choose a reason from the list") EnhancedRightsReason> reasons,
                          @Size(max = 4000, message = "The explanation must be 4,000 characters or fewer")
                          String explanation) {
    }

    record Answers(@NotNull(message = "Give the date the victim was contacted") LocalDate contactedOn,
                   @NotNull(message = "Choose how the victim was contacted") Channel channel,
                   @NotNull(message = "Say whether the victim wants support") Boolean wantsSupport,
                   @NotNull(message = "Answer the vulnerability questions") @Valid Vulnerability vulnerability,
                   @NotNull(message = "Say whether the victim qualifies for enhanced rights") @Valid EnhancedRights enhancedRights,
                   @NotNull(message = "Say whether the victim consents to a referral to Victim Support")
                   Boolean consentToVictimSupport,
                   @Size(max = 4000, message = "The notes must be 4,000 characters or fewer") String notes) {
    }

    private final ReferralRepository referrals;
    private final VictimAssessmentRepository assessments;
    private final Clock clock;
    private final VictimSupportConsent consent;
    private final EnhancedRightsOnCrime enhancedRightsOnCrime;

    FirstContactTask(ReferralRepository referrals, VictimAssessmentRepository assessments, Clock clock,
                     VictimSupportConsent consent, EnhancedRightsOnCrime enhancedRightsOnCrime) {
        this.referrals = referrals;
        this.assessments = assessments;
        this.clock = clock;
        this.consent = consent;
        this.enhancedRightsOnCrime = enhancedRightsOnCrime;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("Task_FirstContact");
    }

    @Override
    public Class<Answers> formType() {
        return Answers.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Answers answers) {
        Referral referral = referrals.get(task.caseReference());
        LocalDate referredOn = LocalDate.ofInstant(referral.referredAt(), clock.getZone());
        RecordedDates.notFuture("contactedOn", answers.contactedOn(), LocalDate.now(clock));
        RecordedDates.notBefore("contactedOn", answers.contactedOn(), referredOn, "the referral");
        List<EnhancedRightsReason> reasons = reasons(answers.enhancedRights());
        String explanation = answers.enhancedRights().explanation() == null ? null
                : answers.enhancedRights().explanation().strip();
        Vulnerability v = answers.vulnerability();
        assessments.add(new VictimAssessmentRepository.NewAssessment(referral.reference(), answers.contactedOn(),
                answers.channel(), answers.wantsSupport(), v, reasons, explanation, answers.consentToVictimSupport(),
                answers.notes(), task.user().username(), clock.instant()));
        referrals.setStage(referral.reference(), ReferralStage.ASSESSED);
        if (!reasons.isEmpty()) {
            enhancedRightsOnCrime.record(referral.crimeReference(), referral.reference(), reasons.get(0), explanation,
                    task.user().username());
        }
        if (answers.consentToVictimSupport()) {
            consent.record(referral.reference(), task.user().username());
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(VictimCareProcess.WANTS_SUPPORT, answers.wantsSupport());
        variables.put("livesAlone", v.livesAlone());
        variables.put("healthOrCognitiveCondition", v.healthOrCognitiveCondition());
        variables.put("stillInContactWithSuspect", v.stillInContactWithSuspect());
        variables.put("significantFinancialHardship", v.significantFinancialHardship());
        variables.put("lowDigitalConfidence", v.lowDigitalConfidence());
        variables.put(VictimCareProcess.ENHANCED_RIGHTS, !reasons.isEmpty());
        return variables;
    }

    /** The reasons, in the order given and once each; none unless the victim qualifies, and at least one if so. */
    private static List<EnhancedRightsReason> reasons(EnhancedRights rights) {
        List<EnhancedRightsReason> reasons = rights.reasons() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(rights.reasons()));
        if (!rights.qualifies()) {
            if (!reasons.isEmpty()) {
                throw InvalidInputException.field("enhancedRights.reasons",
                        "Give reasons only when the victim qualifies for enhanced rights");
            }
            return List.of();
        }
        if (reasons.isEmpty()) {
            throw InvalidInputException.field("enhancedRights.reasons",
                    "Choose why the victim qualifies for enhanced rights");
        }
        if (rights.explanation() == null || rights.explanation().isBlank()) {
            throw InvalidInputException.field("enhancedRights.explanation",
                    "Explain why the victim qualifies for enhanced rights");
        }
        return reasons;
    }
}
