package uk.police.ecu.casework.sla;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/**
 * A test-only form for the test-only "victim told" task of {@link VictimsCodeReportIntegrationTest}: it
 * returns the clock ending it is given, as a real victim-update form does when the victim opted out or
 * could not be reached, and a process variable to show the ending alone stays on the task.
 */
@Component
class VictimsCodeCheckForm implements TaskForm<VictimsCodeCheckForm.Answers> {

    static final String TASK = "Task_VcReportCheck";

    record Answers(String clockEnd) {
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(TASK);
    }

    @Override
    public Class<Answers> formType() {
        return Answers.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Answers answers) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("victimTold", answers.clockEnd() == null);
        if (answers.clockEnd() != null) {
            variables.put(VICTIMS_CODE_CLOCK_END, answers.clockEnd());
        }
        return variables;
    }
}
