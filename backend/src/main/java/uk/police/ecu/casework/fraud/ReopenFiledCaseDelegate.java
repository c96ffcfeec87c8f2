package uk.police.ecu.casework.fraud;

import static uk.police.ecu.casework.fraud.FraudProcessVariables.NEEDS_RECATEGORISATION;
import static uk.police.ecu.casework.fraud.FraudProcessVariables.VICTIMS_CODE_VERSION;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;

/**
 * {@code Task_ReopenCase}: a supervisor reopened a filed or finalised case. Its outcome no longer stands (it
 * leaves any return not yet submitted), and its work starts again at triage in a new fraud-triage process that
 * keeps the case's Victims' Code version. A filing whose victim has not yet been told of it ends: the case is
 * no longer filed, so that update is not due.
 */
@Component("reopenFiledCase")
class ReopenFiledCaseDelegate implements JavaDelegate {

    static final String REOPENED = "Reopened after review of an event";

    private final CrimeRepository crimes;
    private final OutcomeReturnRepository returns;
    private final RuntimeService runtime;
    private final AuditLog audit;

    ReopenFiledCaseDelegate(CrimeRepository crimes, OutcomeReturnRepository returns, RuntimeService runtime,
                            AuditLog audit) {
        this.crimes = crimes;
        this.returns = returns;
        this.runtime = runtime;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getBusinessKey();
        crimes.reopen(reference);
        int withdrawn = returns.withdrawFromUnsubmitted(reference);
        runtime.createProcessInstanceQuery().processDefinitionKey(FraudTriageService.PROCESS_KEY)
                .processInstanceBusinessKey(reference).list()
                .forEach(old -> runtime.deleteProcessInstance(old.getId(), REOPENED));
        runtime.createProcessInstanceByKey(FraudTriageService.PROCESS_KEY)
                .businessKey(reference)
                .startBeforeActivity("Task_Triage")
                .setVariables(Map.of(NEEDS_RECATEGORISATION, false,
                        VICTIMS_CODE_VERSION, execution.getVariable(VICTIMS_CODE_VERSION)))
                .execute();
        Map<String, Object> details = new HashMap<>();
        details.put("change", "reopened for triage");
        details.put("withdrawnFromUnsubmittedReturns", withdrawn);
        // Reopened after a logged event or after an NFIB amendment: the audit names whichever it was.
        putIfPresent(details, "caseEventId", execution.getVariable(ClosedCaseEvents.CASE_EVENT_ID));
        putIfPresent(details, "amendmentId", execution.getVariable(FraudProcessVariables.AMENDMENT_ID));
        audit.record(AuditEntry.alteration("crime", List.of(reference), details));
    }

    private static void putIfPresent(Map<String, Object> details, String key, Object value) {
        if (value != null) {
            details.put(key, value);
        }
    }
}
