package uk.police.ecu.casework.tasks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One row of the task projection, before it is shaped for a particular user, with what the engine itself holds
 * on the task: its follow-up date, and how many comments it has and when the last was left.
 */
record TaskRecord(String taskId, String processInstanceId, String processKey, String taskType, String name,
                  String caseReference, String subjectName, String policingArea, BigDecimal lossGbp,
                  String fraudType, String victimAgeBand, Instant created, Instant due, int priority,
                  String assignee, List<String> candidateGroups, Instant followUp, int comments,
                  Instant lastComment) {
}
