package uk.police.ecu.casework.victimcare;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refers a screened-in victim listing to the ECVCU: gives it a referral reference and starts the
 * {@code victim-care} process with that reference as its business key. Called in the transaction
 * that records the listing, so a listing is never referred without its process or the other way round.
 */
@Component
public class VictimCareReferrals {

    public static final String PROCESS_KEY = "victim-care";

    private final JdbcClient jdbc;
    private final RuntimeService runtime;

    VictimCareReferrals(JdbcClient jdbc, RuntimeService runtime) {
        this.jdbc = jdbc;
        this.runtime = runtime;
    }

    /** A new referral reference (VCR-000042), to be stored on the listing before {@link #start}. */
    public String nextReference() {
        long number = jdbc.sql("SELECT nextval('victim_referral_number')").query(Long.class).single();
        return "VCR-%06d".formatted(number);
    }

    /** Starts the referral's process for a listing already stored as REFERRED with this reference. */
    public void start(String referralReference, UUID listingId) {
        runtime.startProcessInstanceByKey(PROCESS_KEY, referralReference, Map.of("listingId", listingId.toString()));
    }
}
