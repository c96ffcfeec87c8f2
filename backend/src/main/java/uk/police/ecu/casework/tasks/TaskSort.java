package uk.police.ecu.casework.tasks;

/** Orders the task list offers: by due date, by priority, or by when the task was made. */
public enum TaskSort {
    DUE,
    PRIORITY,
    CREATED
}
