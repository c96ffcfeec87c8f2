package uk.police.ecu.casework.fraud;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** {@code Task_FinaliseFiled}: a filed crime is finalised with the outcome chosen at triage, dated today. */
@Component("finaliseFiled")
class FinaliseFiledDelegate implements JavaDelegate {

    private final CrimeFinalisation finalisation;

    FinaliseFiledDelegate(CrimeFinalisation finalisation) {
        this.finalisation = finalisation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        finalisation.finalise(execution.getBusinessKey(), (String) execution.getVariable("filingOutcomeCode"),
                LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), VictimUpdateDeadlines.LONDON));
    }
}
