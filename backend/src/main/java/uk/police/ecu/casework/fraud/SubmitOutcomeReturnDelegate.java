package uk.police.ecu.casework.fraud;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;

/** {@code Task_SubmitReturn}: the approved return goes to the national lead force, a disclosure on the audit trail. */
@Component("submitOutcomeReturn")
class SubmitOutcomeReturnDelegate implements JavaDelegate {

    static final String RECIPIENT = "City of London Police (national lead force for fraud)";

    private final OutcomeReturnRepository returns;
    private final AuditLog audit;

    SubmitOutcomeReturnDelegate(OutcomeReturnRepository returns, AuditLog audit) {
        this.returns = returns;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        YearMonth month = YearMonth.parse((String) execution.getVariable(BuildOutcomeReturnDelegate.RETURN_MONTH));
        String approvedBy = (String) execution.getVariable("returnApprovedBy");
        returns.submitted(month, approvedBy);
        List<String> crimes = returns.crimes(month).stream().map(OutcomeReturnRepository.ReturnedCrime::crimeReference)
                .toList();
        audit.recordFor(approvedBy, AuditEntry.disclosure("crime", crimes, RECIPIENT,
                "Monthly outcome return for " + month, Map.of("month", month.toString())));
    }
}
