package uk.police.ecu.casework.tasks;

import java.util.List;

/**
 * The queues a user works, with how many open tasks each holds, and a mark that moves whenever any
 * task changes so the page knows when to fetch its list again.
 */
public record TaskQueues(List<Queue> queues, long changeMark) {

    /** {@code supervised} queues are those of teams the user supervises. */
    public record Queue(String id, String name, long count, boolean supervised) {
    }
}
