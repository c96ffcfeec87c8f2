package uk.police.ecu.casework.fraud;

import static uk.police.ecu.casework.fraud.FraudProcessVariables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Gives {@code Task_DecideFilingApproval} the facts its decision table weighs, read from the crime as
 * it stands when filing is proposed. They are not carried from intake: most cases are never filed, and
 * the victim's age is personal data best kept out of the engine's history unless a decision needs it.
 * The thresholds are read at the same moment, so an administrator's change applies to the next filing proposed.
 * A fact never recorded stays absent (null): the table sends such a filing to a supervisor.
 */
@Component("filingApprovalFacts")
class FilingApprovalFacts implements ExecutionListener {

    static final String VICTIM_TYPE = "victimType";

    private final CrimeRepository crimes;
    private final FilingApprovalThresholds thresholds;

    FilingApprovalFacts(CrimeRepository crimes, FilingApprovalThresholds thresholds) {
        this.crimes = crimes;
        this.thresholds = thresholds;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Crime crime = crimes.find(execution.getProcessBusinessKey())
                .orElseThrow(() -> new IllegalStateException("No crime " + execution.getProcessBusinessKey()));
        Map<String, Object> facts = new HashMap<>();
        facts.put(LOSS_GBP, crime.lossGbp() == null ? null : crime.lossGbp().doubleValue());
        facts.put(VICTIM_AGE, crime.victimAgeOnReport());
        facts.put(NDM_SCORE, crime.ndmScore());
        facts.put(VICTIM_TYPE, crime.victimType());
        facts.putAll(thresholds.asVariables());
        execution.setVariables(facts);
    }
}
