package uk.police.ecu.casework.victimcare;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.shared.ConflictException;
import uk.police.ecu.casework.shared.InvalidInputException;

/**
 * Failed attempts (no answer, voicemail, wrong number), logged without completing the contact's task: an
 * attempt is not a contact, so the task stays open and its Victims' Code clock keeps running. At first
 * contact, when a round's failures reach the unit's limit, the task is interrupted and a supervisor reviews
 * the referral. At a planned contact the attempt names the contact, and the limit counts that contact's
 * failures: the contacts are interrupted for the same review.
 */
@Component
public class ContactAttempts {

    public enum Outcome { NO_ANSWER, WRONG_NUMBER, VOICEMAIL_LEFT }

    /** A browser's clock may run a little ahead of the server's; an attempt "just now" is not in the future. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private final ReferralRepository referrals;
    private final ContactAttemptRepository attempts;
    private final ContactPlanRepository plans;
    private final RuntimeService runtime;
    private final VictimCareSettingRepository settings;
    private final Clock clock;

    ContactAttempts(ReferralRepository referrals, ContactAttemptRepository attempts, ContactPlanRepository plans,
                    RuntimeService runtime, VictimCareSettingRepository settings, Clock clock) {
        this.plans = plans;
        this.referrals = referrals;
        this.attempts = attempts;
        this.runtime = runtime;
        this.settings = settings;
        this.clock = clock;
    }

    public void log(String reference, Instant attemptedAt, Outcome outcome, String notes, String recordedBy) {
        log(reference, null, attemptedAt, outcome, notes, recordedBy);
    }

    /** {@code plannedContactId}: the planned contact attempted, or null for first contact. */
    public void log(String reference, UUID plannedContactId, Instant attemptedAt, Outcome outcome, String notes,
                    String recordedBy) {
        Referral referral = referrals.get(reference);
        if (plannedContactId == null && referral.stage() != ReferralStage.AWAITING_FIRST_CONTACT) {
            throw new ConflictException("Attempts can be logged only while the victim is awaiting first contact");
        }
        if (plannedContactId != null && (referral.stage() != ReferralStage.CONTACT_PLAN_AGREED
                || !plans.openContactIds(reference).contains(plannedContactId.toString()))) {
            throw new ConflictException("Attempts can be logged only at a planned contact not yet logged");
        }
        if (attemptedAt == null) {
            throw InvalidInputException.field("attemptedAt", "Give the date and time of the attempt");
        }
        if (outcome == null) {
            throw InvalidInputException.field("outcome", "Choose what happened");
        }
        if (attemptedAt.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw InvalidInputException.field("attemptedAt", "The attempt cannot be in the future");
        }
        if (attemptedAt.isBefore(referral.referredAt())) {
            throw InvalidInputException.field("attemptedAt", "The attempt cannot be before the referral");
        }
        if (notes != null && notes.length() > 4000) {
            throw InvalidInputException.field("notes", "The notes must be 4,000 characters or fewer");
        }
        attempts.add(reference, referral.attemptRound(), plannedContactId, attemptedAt, outcome,
                notes == null || notes.isBlank() ? null : notes.strip(), recordedBy, clock.instant());
        int failed = plannedContactId == null ? attempts.countInRound(reference, referral.attemptRound())
                : attempts.countAtContactInRound(reference, plannedContactId, referral.attemptRound());
        if (failed >= settings.maxFailedContactAttempts()) {
            referrals.setStage(reference, ReferralStage.UNABLE_TO_CONTACT_REVIEW);
            runtime.createMessageCorrelation(VictimCareProcess.ATTEMPTS_EXHAUSTED_MESSAGE)
                    .processInstanceBusinessKey(reference)
                    .correlate();
        }
    }
}
