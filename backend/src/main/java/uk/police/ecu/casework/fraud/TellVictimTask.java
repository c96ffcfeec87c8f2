package uk.police.ecu.casework.fraud;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/** Completes the three victim-update tasks: when and how the victim was told. */
@Component
class TellVictimTask implements TaskForm<TellVictimTask.Answers> {

    enum Method { PHONE, VISIT, EMAIL, LETTER }

    record Answers(@NotNull(message = "Give the date the victim was told")
                   @PastOrPresent(message = "The date cannot be in the future") LocalDate toldOn,
                   @NotNull(message = "Choose how the victim was told") Method method,
                   Boolean supportOffered,
                   @Size(max = 4000) String notes) {
    }

    private static final Map<String, String> UPDATE_TYPES = Map.of(
            "Task_TellVictimNotInvestigated", "NOT_INVESTIGATED",
            "Task_TellVictimOfficer", "OFFICER_NAMED",
            "Task_TellVictimOfEvent", "CASE_EVENT");

    private final VictimUpdateRepository updates;

    TellVictimTask(VictimUpdateRepository updates) {
        this.updates = updates;
    }

    @Override
    public Set<String> taskKeys() {
        return UPDATE_TYPES.keySet();
    }

    @Override
    public Class<Answers> formType() {
        return Answers.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Answers answers) {
        String type = UPDATE_TYPES.get(task.taskKey());
        if ("NOT_INVESTIGATED".equals(type) && answers.supportOffered() == null) {
            throw InvalidInputException.field("supportOffered", "Say whether a referral to support was offered");
        }
        updates.record(task.caseReference(), type, answers.toldOn(), answers.method().name(), answers.supportOffered(),
                answers.notes(), task.user().username());
        return Map.of();
    }
}
