package uk.police.ecu.casework.tasks;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class TaskClaimedException extends ResponseStatusException {

    TaskClaimedException(String holderName) {
        super(HttpStatus.CONFLICT, "This task is already claimed by " + holderName);
    }
}
