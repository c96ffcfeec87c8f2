package uk.police.ecu.casework.tasks;

/** Orders the task list offers: by due date, by priority, by when the task was made, or by follow-up date. */
public enum TaskSort {
    DUE,
    PRIORITY,
    CREATED,
    FOLLOW_UP
}
