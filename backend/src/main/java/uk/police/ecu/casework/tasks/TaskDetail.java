package uk.police.ecu.casework.tasks;

/**
 * A task opened to work on: its list row, what the model says the task is for, and a comment left
 * for it (e.g. why a supervisor sent a filing back to triage).
 */
public record TaskDetail(TaskSummary task, String guidance, String returnComment) {
}
