package uk.police.ecu.casework.fraud;

import jakarta.validation.constraints.AssertTrue;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/** Completes {@code Task_AcceptAllocation}: the area team takes the crime on. */
@Component
class AcceptAllocationTask implements TaskForm<AcceptAllocationTask.Answers> {

    record Answers(@AssertTrue(message = "Confirm that your team accepts this crime") boolean accepted) {
    }

    private final CrimeRepository crimes;

    AcceptAllocationTask(CrimeRepository crimes) {
        this.crimes = crimes;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("Task_AcceptAllocation");
    }

    @Override
    public Class<Answers> formType() {
        return Answers.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Answers answers) {
        crimes.setStatus(task.caseReference(), "INVESTIGATING");
        return Map.of();
    }
}
