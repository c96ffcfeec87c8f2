package uk.police.ecu.casework.tasks;

/** A name for the task list view in {@code view}, the list's query string. */
record SaveTaskViewRequest(String name, String view) {
}
