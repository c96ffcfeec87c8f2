package uk.police.ecu.casework.fraud;

import java.time.Clock;
import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_BuildReturn}: the month asked for, or (started by the timer on the 1st) the month
 * just ended.
 */
@Component("buildOutcomeReturn")
class BuildOutcomeReturnDelegate implements JavaDelegate {

    static final String RETURN_MONTH = "returnMonth";

    private final OutcomeReturnRepository returns;
    private final Clock clock;

    BuildOutcomeReturnDelegate(OutcomeReturnRepository returns, Clock clock) {
        this.returns = returns;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object asked = execution.getVariable(RETURN_MONTH);
        YearMonth month = asked == null
                ? YearMonth.now(clock).minusMonths(1)
                : YearMonth.parse(asked.toString());
        execution.setVariable(RETURN_MONTH, month.toString());
        execution.setProcessBusinessKey(OutcomeReturnService.businessKey(month));
        execution.setVariable("crimeCount", returns.build(month, execution.getProcessInstanceId()));
    }
}
