package uk.police.ecu.casework.victimcare;

import java.time.Instant;
import java.util.UUID;

/** A referral's own facts and the listing (person on one crime) it came from. */
record Referral(String reference, UUID listingId, UUID victimId, String crimeReference, String nfibCode,
                boolean repeatVictim, Instant referredAt, ReferralStage stage, int attemptRound) {

    boolean romanceFraud() {
        return VictimCareProcess.ROMANCE_FRAUD_CODE.equals(nfibCode);
    }
}
