package uk.police.ecu.casework.fraud;

import static uk.police.ecu.casework.fraud.FraudProcessVariables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Gives {@code Task_DecideFilingApproval} the facts its decision table weighs, read from the crime as
 * it stands when filing is proposed, as transient variables: not carried from intake, and never stored in
 * the engine's tables, so the victim's age reaches the engine's records only as the decision's recorded inputs.
 * The thresholds are read at the same moment, so an administrator's change applies to the next filing proposed.
 * A fact never recorded stays absent (null): the table sends such a filing to a supervisor. Whether the victim
 * is a repeat victim is derived at the same moment ({@link RepeatVictims}).
 */
@Component("filingApprovalFacts")
class FilingApprovalFacts implements ExecutionListener {

    static final String VICTIM_TYPE = "victimType";
    /** Crimes reported by the same victim in the repeat-victim window, this one included; null when not known. */
    static final String VICTIM_REPORTS = "victimReports";

    private final CrimeRepository crimes;
    private final FilingApprovalThresholds thresholds;
    private final RepeatVictims repeatVictims;

    FilingApprovalFacts(CrimeRepository crimes, FilingApprovalThresholds thresholds, RepeatVictims repeatVictims) {
        this.crimes = crimes;
        this.thresholds = thresholds;
        this.repeatVictims = repeatVictims;
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
        Map<String, Object> settings = thresholds.asVariables();
        facts.putAll(settings);
        facts.put(VICTIM_REPORTS, repeatVictims.reportsWithin(crime,
                (Integer) settings.get(FilingApprovalThresholds.REPEAT_VICTIM_MONTHS)));
        // Transient: the decision reads them in this transaction, and they are never written to the engine's
        // tables, so a filed case waiting for its victim update does not carry a dozen copies of its crime's facts.
        // A case whose filing was proposed before they were transient has them stored, and the engine will not make
        // a stored variable transient: those are updated in place, as they were then.
        VariableMap weighed = Variables.createVariables();
        facts.forEach((name, value) -> weighed.putValueTyped(name,
                Variables.untypedValue(value, !execution.hasVariable(name))));
        execution.setVariables(weighed);
    }
}
