package uk.police.ecu.casework.tasks;

import java.time.OffsetDateTime;
import java.util.List;

/** One row of a task list. */
public record TaskSummary(String id, String name, String taskType, String process, String caseReference,
                          OffsetDateTime created, OffsetDateTime due, int priority, String assignee,
                          String assigneeName, List<String> teams) {
}
