package uk.police.ecu.casework.tasks;

/**
 * A task opened to work on: its list row, what the model says the task is for, a comment left
 * for it (e.g. why a supervisor sent a filing back to triage), and why an approval is needed
 * (e.g. "Loss not recorded", from the filing-approval decision).
 */
public record TaskDetail(TaskSummary task, String guidance, String returnComment, String approvalReason) {
}
