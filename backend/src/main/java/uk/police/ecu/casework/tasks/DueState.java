package uk.police.ecu.casework.tasks;

/** The task list's due-date filter. */
public enum DueState {
    OVERDUE, TODAY, NEXT_7_DAYS, NONE
}
