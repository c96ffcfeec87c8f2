package uk.police.ecu.casework.tasks;

import uk.police.ecu.casework.shared.ConflictException;

class TaskClaimedException extends ConflictException {

    TaskClaimedException(String holderName) {
        super("This task is already claimed by " + holderName);
    }
}
