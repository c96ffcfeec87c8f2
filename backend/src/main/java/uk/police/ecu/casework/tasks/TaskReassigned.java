package uk.police.ecu.casework.tasks;

/**
 * A supervisor gave an assigned task to another member of its team. Published inside the reassignment's
 * transaction, so a capability that treats some tasks as the case itself (the fraud investigation's officer in
 * charge) changes the case in the same unit of work.
 */
public record TaskReassigned(String taskId, String taskKey, String processInstanceId, String previousAssignee,
                             String assignee, String reassignedBy) {
}
