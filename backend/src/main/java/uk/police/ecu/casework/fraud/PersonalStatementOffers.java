package uk.police.ecu.casework.fraud;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Whether a charge recorded as the outcome still needs the offer of a Victim Personal Statement: not if the offer was
 * already made after a charge logged as a case event, nor while that offer is still open (one offer per case, so the
 * report does not count the right twice). Used by the fraud triage model as
 * {@code personalStatementOffers.stillDue(execution)}.
 */
@Component("personalStatementOffers")
public class PersonalStatementOffers {

    static final String OFFER_AFTER_CHARGE_EVENT = "Task_OfferPersonalStatementOnCharge";

    private final VictimUpdateRepository updates;

    PersonalStatementOffers(VictimUpdateRepository updates) {
        this.updates = updates;
    }

    public boolean stillDue(DelegateExecution execution) {
        boolean offerOpen = execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(OFFER_AFTER_CHARGE_EVENT).count() > 0;
        return !offerOpen && !updates.personalStatementOffered(execution.getBusinessKey());
    }
}
