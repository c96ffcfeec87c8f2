package uk.police.ecu.casework.victimcare;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Refers a screened-in victim listing to the ECVCU: gives it a referral reference and starts the
 * {@code victim-care} process with that reference as its business key. Called in the transaction
 * that records the listing, so a listing is never referred without its process or the other way round.
 */
@Component
public class VictimCareReferrals {

    public static final String PROCESS_KEY = "victim-care";

    /** Set on a referral's process when a later crime joined it: the crime references, for the task list. */
    static final String JOINED_CRIMES = "joinedCrimes";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ReferralRepository referrals;
    private final Clock clock;

    VictimCareReferrals(RuntimeService runtime, TaskService tasks, ReferralRepository referrals, Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.referrals = referrals;
        this.clock = clock;
    }

    /** A new referral reference (VCR-000042), to be stored on the listing before {@link #start}. */
    public String nextReference() {
        return "VCR-%06d".formatted(referrals.nextNumber());
    }

    /** Starts the referral's process for a listing already stored as REFERRED with this reference. */
    public void start(String referralReference, UUID listingId) {
        referrals.create(referralReference, listingId, clock.instant());
        Referral referral = referrals.get(referralReference);
        runtime.startProcessInstanceByKey(PROCESS_KEY, referralReference, Map.of(
                VictimCareProcess.LISTING_ID, listingId.toString(),
                VictimCareProcess.ROMANCE_FRAUD, referral.romanceFraud()));
    }

    /** The person's open referral, which a new referred crime of theirs joins instead of starting another. */
    Optional<String> openReferralOf(UUID victimId) {
        return referrals.openReferralOf(victimId);
    }

    /**
     * Starts a referral for a person whose earlier referral is closed, linked to it. A closed referral's
     * process has ended and the model has no way back into it, so it is followed rather than reopened.
     */
    void startFollowing(String referralReference, UUID listingId, UUID victimId) {
        Optional<String> closed = referrals.lastClosedReferralOf(victimId);
        start(referralReference, listingId);
        closed.ifPresent(earlier -> referrals.follows(referralReference, earlier));
    }

    /**
     * A later crime joins the person's open referral: recorded on it, its contact plan marked for review, and
     * the officer told on every open task of the referral (a comment, and the crimes as a process variable).
     */
    void join(String referralReference, UUID listingId, String crimeReference) {
        referrals.joinCrime(referralReference, listingId, clock.instant());
        String note = "Crime %s has joined this referral: the same person was referred again. Review the contact plan."
                .formatted(crimeReference);
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(referralReference).active().list();
        for (Task task : open) {
            tasks.createComment(task.getId(), task.getProcessInstanceId(), note);
        }
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(referralReference, PROCESS_KEY).list()
                .forEach(instance -> {
                    Object earlier = runtime.getVariable(instance.getId(), JOINED_CRIMES);
                    String crimes = earlier == null ? crimeReference : earlier + ", " + crimeReference;
                    runtime.setVariable(instance.getId(), JOINED_CRIMES, crimes);
                });
    }
}
