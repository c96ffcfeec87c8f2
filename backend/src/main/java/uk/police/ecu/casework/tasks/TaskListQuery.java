package uk.police.ecu.casework.tasks;

/**
 * One page of a task list. {@code queue} is {@code mine} or a team id; {@code assignee} narrows a
 * team queue to one member's tasks ({@code none} for unclaimed ones). {@code followUpDue}: only tasks whose
 * follow-up date is today or earlier.
 */
public record TaskListQuery(String queue, String process, String taskType, DueState due, String area, String text,
                            String assignee, TaskSort sort, boolean descending, int page, int size,
                            boolean followUpDue) {

    public static final String MY_TASKS = "mine";
    public static final String UNASSIGNED = "none";
    static final int MAX_PAGE_SIZE = 100;

    public TaskListQuery {
        queue = queue == null || queue.isBlank() ? MY_TASKS : queue;
        sort = sort == null ? TaskSort.DUE : sort;
        page = Math.max(page, 0);
        size = size <= 0 ? 25 : Math.min(size, MAX_PAGE_SIZE);
    }

    boolean myTasks() {
        return MY_TASKS.equals(queue);
    }
}
