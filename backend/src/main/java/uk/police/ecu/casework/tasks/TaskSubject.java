package uk.police.ecu.casework.tasks;

import java.math.BigDecimal;

/** The business facts of a task's case that the task list shows, filters and sorts by. */
public record TaskSubject(String subjectName, String policingArea, BigDecimal lossGbp, String fraudType,
                          String victimAgeBand) {
}
