package uk.police.ecu.casework.fraud;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/**
 * Completes {@code Task_RecordOutcome}: the outcome code and its date (the decision's own date: not in the future,
 * not before the crime was reported) finalise the crime and start the victim's decision update.
 */
@Component
class RecordOutcomeTask implements TaskForm<RecordOutcomeTask.Answers> {

    record Answers(@NotBlank(message = "Choose the outcome") String outcomeCode,
                   @NotNull(message = "Give the date of the outcome")
                   @PastOrPresent(message = "The outcome date cannot be in the future") LocalDate outcomeDate) {
    }

    private final CrimeFinalisation finalisation;
    private final Clock clock;

    RecordOutcomeTask(CrimeFinalisation finalisation, Clock clock) {
        this.finalisation = finalisation;
        this.clock = clock;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("Task_RecordOutcome");
    }

    @Override
    public Class<Answers> formType() {
        return Answers.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Answers answers) {
        String decision = finalisation.finaliseInvestigated(task.caseReference(), answers.outcomeCode(),
                answers.outcomeDate());
        // The victim's decision update (and, on a charge, the Personal Statement offer) is timed from the
        // decision's own date, from the start of that day: never later than the decision, so never overstated.
        return Map.of(FraudProcessVariables.DECISION, decision,
                FraudProcessVariables.DECISION_AT,
                Date.from(answers.outcomeDate().atStartOfDay(clock.getZone()).toInstant()));
    }
}
