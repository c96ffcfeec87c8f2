package uk.police.ecu.casework.fraud;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/** Completes {@code Task_ApproveFiling}: approve, or send back to triage with a comment. */
@Component
class ApproveFilingTask implements TaskForm<ApproveFilingTask.Answers> {

    record Answers(@NotNull(message = "Choose whether to approve filing") Boolean approved,
                   @Size(max = 4000) String comment) {
    }

    private final CrimeRepository crimes;

    ApproveFilingTask(CrimeRepository crimes) {
        this.crimes = crimes;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("Task_ApproveFiling");
    }

    @Override
    public Class<Answers> formType() {
        return Answers.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Answers answers) {
        if (!answers.approved() && (answers.comment() == null || answers.comment().isBlank())) {
            throw InvalidInputException.field("comment", "Say why the crime is sent back to triage");
        }
        if (!answers.approved()) {
            crimes.setStatus(task.caseReference(), "RETURNED_TO_TRIAGE");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(FraudProcessVariables.FILING_APPROVED, answers.approved());
        variables.put("filingReturnComment", answers.approved() ? null : answers.comment().trim());
        return variables;
    }
}
