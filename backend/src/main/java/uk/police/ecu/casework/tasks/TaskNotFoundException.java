package uk.police.ecu.casework.tasks;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Said alike for a task that does not exist and one the user has no reason to see. */
class TaskNotFoundException extends ResponseStatusException {

    TaskNotFoundException() {
        super(HttpStatus.NOT_FOUND, "There is no such task in your queues");
    }
}
