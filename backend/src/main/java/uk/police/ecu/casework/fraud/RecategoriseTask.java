package uk.police.ecu.casework.fraud;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.reference.ReferenceDataRepository;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/** Completes {@code Task_Recategorise}: the real fraud type, kept beside the code the NFIB sent. */
@Component
class RecategoriseTask implements TaskForm<RecategoriseTask.Answers> {

    record Answers(@NotBlank(message = "Choose the fraud type")
                   @Pattern(regexp = "NFIB\\d+[A-Z]?", message = "must be an NFIB code such as NFIB1D") String nfibCode) {
    }

    private final CrimeRepository crimes;
    private final ReferenceDataRepository referenceData;

    RecategoriseTask(CrimeRepository crimes, ReferenceDataRepository referenceData) {
        this.crimes = crimes;
        this.referenceData = referenceData;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("Task_Recategorise");
    }

    @Override
    public Class<Answers> formType() {
        return Answers.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Answers answers) {
        if (FraudTriageService.NFIB_OTHER.equals(answers.nfibCode())
                || !referenceData.nfibCodes().contains(answers.nfibCode())) {
            throw InvalidInputException.field("nfibCode", "Choose a specific fraud type from the list");
        }
        crimes.recategorise(task.caseReference(), answers.nfibCode());
        return Map.of();
    }
}
