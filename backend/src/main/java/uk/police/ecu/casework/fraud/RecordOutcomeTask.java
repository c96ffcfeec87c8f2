package uk.police.ecu.casework.fraud;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/** Completes {@code Task_RecordOutcome}: the outcome code and its date finalise the crime. */
@Component
class RecordOutcomeTask implements TaskForm<RecordOutcomeTask.Answers> {

    record Answers(@NotBlank(message = "Choose the outcome") String outcomeCode,
                   @NotNull(message = "Give the date of the outcome")
                   @PastOrPresent(message = "The outcome date cannot be in the future") LocalDate outcomeDate) {
    }

    private final CrimeFinalisation finalisation;

    RecordOutcomeTask(CrimeFinalisation finalisation) {
        this.finalisation = finalisation;
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
        finalisation.finaliseInvestigated(task.caseReference(), answers.outcomeCode(), answers.outcomeDate());
        return Map.of();
    }
}
