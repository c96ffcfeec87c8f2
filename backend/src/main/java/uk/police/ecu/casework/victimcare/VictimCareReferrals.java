package uk.police.ecu.casework.victimcare;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Refers a screened-in victim listing to the ECVCU: gives it a referral reference and starts the
 * {@code victim-care} process with that reference as its business key. Called in the transaction
 * that records the listing, so a listing is never referred without its process or the other way round.
 */
@Component
public class VictimCareReferrals {

    public static final String PROCESS_KEY = "victim-care";

    private final RuntimeService runtime;
    private final ReferralRepository referrals;
    private final Clock clock;

    VictimCareReferrals(RuntimeService runtime, ReferralRepository referrals, Clock clock) {
        this.runtime = runtime;
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
}
