package uk.police.ecu.casework.tasks;

/**
 * A task opened to work on: its list row, what the model says the task is for, a comment left
 * for it (e.g. why a supervisor sent a filing back to triage), and why an approval is needed
 * (e.g. "Loss not recorded", from the filing-approval decision). A task that contacts the victim carries
 * their {@code communicationNeeds} (null for any other task).
 */
public record TaskDetail(TaskSummary task, String guidance, String returnComment, String approvalReason,
                         ContactNeeds communicationNeeds) {
}
