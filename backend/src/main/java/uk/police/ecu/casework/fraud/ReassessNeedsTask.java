package uk.police.ecu.casework.fraud;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/** Completes {@code Task_ReassessNeeds}: the re-assessment of the victim's needs after the change that raised it. */
@Component
class ReassessNeedsTask implements TaskForm<NeedsAssessments.Entry> {

    private final NeedsAssessments needs;
    ReassessNeedsTask(NeedsAssessments needs) {
        this.needs = needs;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(NeedsAssessments.REASSESS_TASK);
    }

    @Override
    public Class<NeedsAssessments.Entry> formType() {
        return NeedsAssessments.Entry.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, NeedsAssessments.Entry entry) {
        needs.reassess(task.caseReference(), entry, task.user().username());
        return Map.of();
    }
}
