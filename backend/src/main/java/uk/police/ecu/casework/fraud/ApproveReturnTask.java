package uk.police.ecu.casework.fraud;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;
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

    private final OutcomeReturnCheck check;

    ApproveReturnTask(OutcomeReturnCheck check) {
        this.check = check;
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
        if (answers.approved()) {
            List<OutcomeReturnCheck.OutOfPath> problems = check.outOfPath(monthOf(task));
            if (!problems.isEmpty()) {
                throw InvalidInputException.field("approved", "The return cannot be approved: "
                        + problems.size() + (problems.size() == 1 ? " crime is" : " crimes are")
                        + " closed with an outcome its path may not record: " + OutcomeReturnCheck.listing(problems)
                        + ". Correct their outcomes, then rebuild the return");
            }
        }
        return Map.of("returnApproved", answers.approved(), "returnApprovedBy", task.user().username(),
                "returnComment", answers.comment() == null ? "" : answers.comment().trim());
    }

    /** The return's business key names its month: {@code outcome-return-2026-11}. */
    private static YearMonth monthOf(WorkedTask task) {
        return YearMonth.parse(task.caseReference().substring(task.caseReference().length() - "yyyy-MM".length()));
    }
}
