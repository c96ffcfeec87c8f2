package uk.police.ecu.casework.victimcare;

import java.time.Clock;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The victim's consent to a referral to Victim Support, given at the assessment or at a contact. The first
 * consent starts the referral task (due 2 working days later); consent given again changes nothing.
 */
@Component
class VictimSupportConsent {

    private final VictimSupportReferralRepository victimSupport;
    private final RuntimeService runtime;
    private final Clock clock;

    VictimSupportConsent(VictimSupportReferralRepository victimSupport, RuntimeService runtime, Clock clock) {
        this.victimSupport = victimSupport;
        this.runtime = runtime;
        this.clock = clock;
    }

    void record(String referralReference, String recordedBy) {
        if (victimSupport.recordConsent(referralReference, clock.instant(), recordedBy)) {
            runtime.createMessageCorrelation(VictimCareProcess.CONSENT_RECORDED_MESSAGE)
                    .processInstanceBusinessKey(referralReference)
                    .correlate();
        }
    }
}
