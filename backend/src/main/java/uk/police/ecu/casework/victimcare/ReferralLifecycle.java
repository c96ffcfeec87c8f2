package uk.police.ecu.casework.victimcare;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.shared.ConflictException;
import uk.police.ecu.casework.shared.InvalidInputException;

/**
 * A referral's life outside its tasks: the victim withdraws from support or opts out of contact at any
 * point (the referral's process ends, its open tasks are cancelled), and a closed referral is reopened
 * under the same reference, back to first contact in a new round of attempts.
 */
@Component
class ReferralLifecycle {

    private static final int MAX_REASON = 4000;

    private final ReferralRepository referrals;
    private final RuntimeService runtime;
    private final Clock clock;

    ReferralLifecycle(ReferralRepository referrals, RuntimeService runtime, Clock clock) {
        this.referrals = referrals;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** {@code outcome}: WITHDRAWN (from support) or OPTED_OUT (of contact); {@code on}: the day the victim said so. */
    void endSupport(String reference, ClosureOutcome outcome, LocalDate on, String reason, String recordedBy) {
        Referral referral = referrals.get(reference);
        if (outcome == null || !outcome.victimsChoice()) {
            throw InvalidInputException.field("outcome", "Choose whether the victim withdrew or opted out of contact");
        }
        if (referral.stage() == ReferralStage.CLOSED) {
            throw new ConflictException("This referral is already closed");
        }
        if (on == null) {
            throw InvalidInputException.field("on", "Give the date the victim told the unit");
        }
        RecordedDates.notFuture("on", on, LocalDate.now(clock));
        RecordedDates.notBefore("on", on, LocalDate.ofInstant(referral.referredAt(), clock.getZone()), "the referral");
        String why = reason(reason, outcome == ClosureOutcome.WITHDRAWN
                ? "Give the reason the victim withdrew" : "Give the reason the victim opted out");
        referrals.close(reference, outcome, why, on, recordedBy, clock.instant());
        // The event subprocess ends the referral's process and cancels its open tasks; set on the process first,
        // so each cancelled task's clock ends as opted out (never met, never a breach of ours).
        runtime.createProcessInstanceQuery().processDefinitionKey(VictimCareReferrals.PROCESS_KEY)
                .processInstanceBusinessKey(reference).active().list()
                .forEach(instance -> runtime.setVariable(instance.getId(), VictimCareProcess.CLOCK_END,
                        VictimCareProcess.CLOCK_END_OPTED_OUT));
        runtime.createMessageCorrelation(VictimCareProcess.SUPPORT_ENDED_MESSAGE)
                .processInstanceBusinessKey(reference)
                .setVariable(VictimCareProcess.SUPPORT_ENDED_OUTCOME, outcome.name())
                .correlate();
    }

    /**
     * Reopens a closed referral (any closure) under the same reference; refused while the person has another
     * referral open (one open referral per person).
     */
    void reopen(String reference, String reason, String recordedBy) {
        Referral referral = referrals.get(reference);
        if (referral.stage() != ReferralStage.CLOSED) {
            throw new ConflictException("Only a closed referral can be reopened");
        }
        String why = reason(reason, "Give the reason for reopening the referral");
        referrals.openReferralOf(referral.victimId()).ifPresent(open -> {
            throw new ConflictException("The victim already has an open referral, " + open
                    + ": a person has one open referral at a time");
        });
        referrals.reopen(reference, why, LocalDate.now(clock), recordedBy, clock.instant());
        runtime.createMessageCorrelation(VictimCareProcess.REOPENED_MESSAGE)
                .processInstanceBusinessKey(reference)
                .setVariable(VictimCareProcess.LISTING_ID, referral.listingId().toString())
                .setVariable(VictimCareProcess.ROMANCE_FRAUD, referral.romanceFraud())
                .correlateStartMessage();
    }

    private static String reason(String reason, String missing) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.field("reason", missing);
        }
        if (reason.length() > MAX_REASON) {
            throw InvalidInputException.field("reason", "The reason must be 4,000 characters or fewer");
        }
        return reason.strip();
    }
}
