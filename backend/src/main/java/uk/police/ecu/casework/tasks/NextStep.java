package uk.police.ecu.casework.tasks;

import java.util.List;

/**
 * What happens on a case once a task of it is completed: its open tasks, each saying whether the person who
 * completed the task may work it, and when none is theirs, {@code whatHappensNext} in words ("Next: Accept
 * allocation (Coventry investigation team).", "Nothing more is needed on this case.").
 */
public record NextStep(String caseReference, List<NextTask> tasks, String whatHappensNext) {

    /** {@code yours}: this user may work it now; {@code claimed}: it is already theirs, so no claim is needed. */
    public record NextTask(String id, String name, String taskType, boolean yours, boolean claimed) {
    }
}
