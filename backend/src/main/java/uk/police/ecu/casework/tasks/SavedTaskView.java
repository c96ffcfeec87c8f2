package uk.police.ecu.casework.tasks;

/** A task list view a user saved under a name: {@code view} is the list's query string, e.g. {@code queue=ecu-triage&due=OVERDUE}. */
public record SavedTaskView(long id, String name, String view) {
}
