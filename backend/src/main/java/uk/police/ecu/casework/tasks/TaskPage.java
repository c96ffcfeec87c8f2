package uk.police.ecu.casework.tasks;

import java.util.List;

/** A page of a task list and how many tasks match in all. */
public record TaskPage(List<TaskSummary> tasks, long total, int page, int size) {
}
