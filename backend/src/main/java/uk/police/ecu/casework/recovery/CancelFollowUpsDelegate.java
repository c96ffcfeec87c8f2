package uk.police.ecu.casework.recovery;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CancelFollowUps}: a person who died after leaving the programme is not followed up, so every
 * follow-up still planned is cancelled rather than left planned.
 */
@Component("cancelFollowUps")
class CancelFollowUpsDelegate implements JavaDelegate {

    private final FollowUpRepository followUps;

    CancelFollowUpsDelegate(FollowUpRepository followUps) {
        this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        followUps.cancelPlanned(execution.getProcessBusinessKey(), "DIED");
    }
}
