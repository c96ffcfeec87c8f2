package uk.police.ecu.casework.fraud;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;

/**
 * {@code Task_SubmitReturn}: the approved return goes to the national lead force through the outbox,
 * a disclosure on the audit trail. Runs as a job of its own (asyncBefore): when the outbox cannot be
 * written the job fails, is retried per the model and then raises an incident; the file is written
 * first and is the same file every time, so a re-run after a later failure sends it only once.
 */
@Component("submitOutcomeReturn")
class SubmitOutcomeReturnDelegate implements JavaDelegate {

    static final String RECIPIENT = "City of London Police (national lead force for fraud)";

    private final OutcomeReturnRepository returns;
    private final OutcomeReturnOutbox outbox;
    private final AuditLog audit;
    private final OutcomeReturnCheck check;

    SubmitOutcomeReturnDelegate(OutcomeReturnRepository returns, OutcomeReturnOutbox outbox, AuditLog audit,
                                OutcomeReturnCheck check) {
        this.check = check;
        this.returns = returns;
        this.outbox = outbox;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        YearMonth month = YearMonth.parse((String) execution.getVariable(BuildOutcomeReturnDelegate.RETURN_MONTH));
        String approvedBy = (String) execution.getVariable("returnApprovedBy");
        List<OutcomeReturnRepository.ReturnedCrime> listed = returns.crimes(month);
        // Approval refuses such rows; checked again here so the file sent can never carry one.
        List<OutcomeReturnCheck.OutOfPath> problems = check.outOfPath(listed);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The return for " + month + " lists outcomes outside their path: "
                    + OutcomeReturnCheck.listing(problems));
        }
        String file = OutcomeReturnCsv.text(listed);
        outbox.send(month, file);
        returns.submitted(month, approvedBy, file);
        List<String> crimes = listed.stream().map(OutcomeReturnRepository.ReturnedCrime::crimeReference).toList();
        audit.recordFor(approvedBy, AuditEntry.disclosure("crime", crimes, RECIPIENT,
                "Monthly outcome return for " + month, Map.of("month", month.toString())));
    }
}
