package uk.police.ecu.casework.tasks;

/** Orders the task list offers; each ends with the task id so pages never overlap. */
public enum TaskSort {
    DUE("due_at %s NULLS LAST, created_at, task_id"),
    PRIORITY("priority %s, due_at NULLS LAST, task_id"),
    CREATED("created_at %s, task_id");

    private final String orderBy;

    TaskSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy(boolean descending) {
        return orderBy.formatted(descending ? "DESC" : "ASC");
    }
}
