package uk.police.ecu.casework.victimcare;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The victim's consent to a referral to Victim Support, given at the assessment or at a contact. The first
 * consent starts the referral task (due 2 working days later); consent given again changes nothing.
 */
@Component
class VictimSupportConsent {

    private final JdbcClient jdbc;
    private final RuntimeService runtime;
    private final VictimCareClock clock;

    VictimSupportConsent(JdbcClient jdbc, RuntimeService runtime, VictimCareClock clock) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.clock = clock;
    }

    void record(String referralReference, String recordedBy) {
        int added = jdbc.sql("""
                        INSERT INTO victim_support_referral (referral_reference, consent_recorded_at, consent_recorded_by)
                        VALUES (?, ?, ?) ON CONFLICT (referral_reference) DO NOTHING""")
                .params(referralReference, ReferralRepository.utc(clock.now()), recordedBy).update();
        if (added == 1) {
            runtime.createMessageCorrelation(VictimCareProcess.CONSENT_RECORDED_MESSAGE)
                    .processInstanceBusinessKey(referralReference)
                    .correlate();
        }
    }
}
