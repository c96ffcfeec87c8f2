package uk.police.ecu.casework.fraud;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/** Completes {@code Task_ApproveReturn}: approve for submission, or say what must be corrected first. */
@Component
class ApproveReturnTask implements TaskForm<ApproveReturnTask.Answers> {

    record Answers(@NotNull(message = "Choose whether to approve the return") Boolean approved,
                   @Size(max = 4000) String comment) {
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("Task_ApproveReturn");
    }

    @Override
    public Class<Answers> formType() {
        return Answers.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Answers answers) {
        if (!answers.approved() && (answers.comment() == null || answers.comment().isBlank())) {
            throw InvalidInputException.field("comment", "Say what needs correcting before the return is rebuilt");
        }
        return Map.of("returnApproved", answers.approved(), "returnApprovedBy", task.user().username(),
                "returnComment", answers.comment() == null ? "" : answers.comment().trim());
    }
}
