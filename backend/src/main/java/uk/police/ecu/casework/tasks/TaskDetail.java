package uk.police.ecu.casework.tasks;

/**
 * A task opened to work on: its list row, what the model says the task is for, a comment left
 * for it (e.g. why a supervisor sent a filing back to triage), and why an approval is needed
 * (e.g. "Loss not recorded", from the filing-approval decision). A task that contacts the victim carries
 * their {@code communicationNeeds} (null for any other task). {@code decisionFacts}: the case's facts the decision
 * rests on (null when the task needs none); personal ones only for a user who may see the case's subject.
 */
public record TaskDetail(TaskSummary task, String guidance, String returnComment, String approvalReason,
                         ContactNeeds communicationNeeds, DecisionFacts decisionFacts) {
}
