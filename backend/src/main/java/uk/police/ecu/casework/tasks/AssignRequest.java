package uk.police.ecu.casework.tasks;

import java.util.List;
import uk.police.ecu.casework.shared.FieldError;
import uk.police.ecu.casework.shared.InvalidInputException;

/** The team member a supervisor gives a task to. */
record AssignRequest(String assignee) {

    AssignRequest checked() {
        if (assignee == null || assignee.isBlank()) {
            throw new InvalidInputException("Some answers need correcting",
                    List.of(new FieldError("assignee", "Choose who to give the task to")));
        }
        return this;
    }
}
