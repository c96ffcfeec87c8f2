package uk.police.ecu.casework.fraud;

import static uk.police.ecu.casework.fraud.FraudProcessVariables.ALLOCATED_OFFICER;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/** Completes {@code Task_InvestigationPlan}: further lines of enquiry and the actions, each with an owner and a date. */
@Component
class InvestigationPlanTask implements TaskForm<InvestigationPlanTask.Answers> {

    record Action(@NotBlank(message = "Describe the action") @Size(max = 1000) String description,
                  @NotBlank(message = "Say who owns the action") @Size(max = 200) String owner,
                  @NotNull(message = "Give the date the action is due") LocalDate dueDate) {
    }

    record Answers(List<@NotBlank @Size(max = 1000) String> additionalLinesOfEnquiry,
                   @NotEmpty(message = "Add at least one action") List<@Valid Action> actions) {
    }

    private final CrimeRepository crimes;
    private final InvestigationPlanActionRepository actions;

    InvestigationPlanTask(CrimeRepository crimes, InvestigationPlanActionRepository actions) {
        this.crimes = crimes;
        this.actions = actions;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("Task_InvestigationPlan");
    }

    @Override
    public Class<Answers> formType() {
        return Answers.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Answers answers) {
        if (answers.additionalLinesOfEnquiry() != null) {
            crimes.addLinesOfEnquiry(task.caseReference(), answers.additionalLinesOfEnquiry(), task.user().username());
        }
        answers.actions().forEach(action -> actions.add(task.caseReference(), action.description().trim(),
                action.owner().trim(), action.dueDate(), task.user().username()));
        // Whoever writes the plan is the officer in charge from here on, also when a supervisor allocated it.
        crimes.setAllocatedOfficer(task.caseReference(), task.user().username());
        return Map.of(ALLOCATED_OFFICER, task.user().username());
    }
}
