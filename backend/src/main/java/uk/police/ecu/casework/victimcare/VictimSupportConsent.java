package uk.police.ecu.casework.victimcare;

import java.time.Clock;
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
    private final Clock clock;

    VictimSupportConsent(JdbcClient jdbc, RuntimeService runtime, Clock clock) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.clock = clock;
    }

    void record(String referralReference, String recordedBy) {
        int added = jdbc.sql("""
                        INSERT INTO victim_support_referral (referral_reference, consent_recorded_at, consent_recorded_by)
                        VALUES (?, ?, ?) ON CONFLICT (referral_reference) DO NOTHING""")
                .params(referralReference, ReferralRepository.utc(clock.instant()), recordedBy).update();
        if (added == 1) {
            runtime.createMessageCorrelation(VictimCareProcess.CONSENT_RECORDED_MESSAGE)
                    .processInstanceBusinessKey(referralReference)
                    .correlate();
        }
    }
}
