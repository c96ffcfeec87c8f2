package uk.police.ecu.casework.sla;

import uk.police.ecu.casework.tasks.TaskForm;

/**
 * How a Victims' Code clock ends when the victim cannot be updated. A task's form returns the variable
 * {@value #VARIABLE} with one of these names; the task list keeps it on the task alone (a task-local
 * variable), so it never reaches a later task, and the clocks that task stops end with it instead of met.
 */
public enum ClockEnding {
    /** The victim asked not to be updated. */
    OPTED_OUT,
    /** Every attempt to reach the victim failed. */
    UNREACHABLE;

    public static final String VARIABLE = TaskForm.VICTIMS_CODE_CLOCK_END;

    /** The ending named by the task's variable, or null when the work was simply done. */
    static ClockEnding of(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return valueOf(value.toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Unknown Victims' Code clock ending: " + value, e);
        }
    }
}
