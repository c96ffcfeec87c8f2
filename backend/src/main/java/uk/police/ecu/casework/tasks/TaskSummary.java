package uk.police.ecu.casework.tasks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One row of a task list. {@code subject} (the victim's or participant's name) is present only for
 * users whose role may see it; the case reference is always shown. {@code followUp} is the day someone who works
 * the task chose to come back to it ({@code followUpOverdue} once that day has passed); {@code comments} counts the
 * comments left on it.
 */
public record TaskSummary(String id, String name, String taskType, String process, String caseReference,
                          String subject, String policingArea, BigDecimal lossGbp, String fraudType,
                          String victimAgeBand, OffsetDateTime created, OffsetDateTime due, SlaStatus sla,
                          int priority, String assignee, String assigneeName, List<String> teams,
                          LocalDate followUp, boolean followUpOverdue, int comments, OffsetDateTime lastComment) {
}
