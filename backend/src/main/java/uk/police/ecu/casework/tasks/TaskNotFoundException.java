package uk.police.ecu.casework.tasks;

import uk.police.ecu.casework.shared.NotFoundException;

/** Said alike for a task that does not exist and one the user has no reason to see. */
class TaskNotFoundException extends NotFoundException {

    TaskNotFoundException() {
        super("There is no such task in your queues");
    }
}
