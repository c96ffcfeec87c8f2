package uk.police.ecu.casework.fraud;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_FinaliseFiled}: a filed crime is finalised with the outcome chosen at triage, dated today. */
@Component("finaliseFiled")
class FinaliseFiledDelegate implements JavaDelegate {

    private final CrimeFinalisation finalisation;
    private final Clock clock;

    FinaliseFiledDelegate(CrimeFinalisation finalisation, Clock clock) {
        this.finalisation = finalisation;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        finalisation.finaliseFiled(execution.getBusinessKey(), (String) execution.getVariable("filingOutcomeCode"),
                LocalDate.now(clock));
    }
}
