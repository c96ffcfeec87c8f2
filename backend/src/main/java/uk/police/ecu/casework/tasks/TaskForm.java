package uk.police.ecu.casework.tasks;

import java.util.Map;
import java.util.Set;

/**
 * The form that completes one kind of user task. Each capability contributes its own (e.g. the
 * fraud triage decision). Bean validation of {@code F} runs first; {@link #complete} checks the
 * rules across fields, records the domain facts and returns the variables the process needs.
 * It runs in the same transaction as the engine's completion of the task.
 */
public interface TaskForm<F> {

    /**
     * A returned variable naming how the task's Victims' Code clocks end when the victim could not be
     * updated: {@code "OPTED_OUT"} or {@code "UNREACHABLE"} (never counted as met). It is set on the task
     * alone, not on the process, so it does not leak to later tasks.
     */
    String VICTIMS_CODE_CLOCK_END = "victimsCodeClockEnd";

    /** The BPMN user task ids this form completes, e.g. {@code Task_Triage}. */
    Set<String> taskKeys();

    Class<F> formType();

    Map<String, Object> complete(WorkedTask task, F form);
}
