package uk.police.ecu.casework.fraud;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.shared.ConflictException;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.shared.NotFoundException;

/** The monthly outcome returns: built by the 1st-of-month timer, or on demand for any month that has ended. */
@Service
public class OutcomeReturnService {

    static final String PROCESS_KEY = "monthly-outcome-return";
    static final String REQUESTED_MESSAGE = "OutcomeReturnRequested";

    private final OutcomeReturnRepository returns;
    private final RuntimeService runtime;
    private final Clock clock;

    OutcomeReturnService(OutcomeReturnRepository returns, RuntimeService runtime, Clock clock) {
        this.clock = clock;
        this.returns = returns;
        this.runtime = runtime;
    }

    static String businessKey(YearMonth month) {
        return "outcome-return-" + month;
    }

    @Transactional
    @PreAuthorize("hasRole('ECU_SUPERVISOR')")
    public void request(YearMonth month) {
        if (!month.isBefore(YearMonth.now(clock))) {
            throw InvalidInputException.field("month", "A month's return can be built once the month has ended");
        }
        if (returns.find(month).map(r -> "SUBMITTED".equals(r.status())).orElse(false)) {
            throw new ConflictException("The return for " + month + " has already been submitted");
        }
        if (runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(businessKey(month)).count() > 0) {
            throw new ConflictException("The return for " + month + " is already being prepared");
        }
        runtime.startProcessInstanceByMessage(REQUESTED_MESSAGE, businessKey(month),
                Map.of(BuildOutcomeReturnDelegate.RETURN_MONTH, month.toString()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ECU_SUPERVISOR', 'PERFORMANCE_ANALYST')")
    public List<OutcomeReturnRepository.OutcomeReturn> all() {
        return returns.all();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ECU_SUPERVISOR', 'PERFORMANCE_ANALYST')")
    public List<OutcomeReturnRepository.ReturnedCrime> crimes(YearMonth month) {
        returns.find(month).orElseThrow(() ->
                new NotFoundException("There is no return for " + month));
        return returns.crimes(month);
    }

    /** The file as it was sent to the national lead force, once the return has been sent. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ECU_SUPERVISOR', 'PERFORMANCE_ANALYST')")
    public Optional<String> sentFile(YearMonth month) {
        return returns.sentFile(month);
    }
}
