package uk.police.ecu.casework.tasks;

import java.util.ArrayList;
import java.util.List;
import uk.police.ecu.casework.shared.FieldError;
import uk.police.ecu.casework.shared.InvalidInputException;

/** Tasks a supervisor selected and the team member to give them to. */
record ReassignRequest(List<String> taskIds, String assignee) {

    static final int MAX_TASKS = 200;

    ReassignRequest checked() {
        List<FieldError> errors = new ArrayList<>();
        if (taskIds == null || taskIds.isEmpty()) {
            errors.add(new FieldError("taskIds", "Select at least one task to reassign"));
        } else if (taskIds.size() > MAX_TASKS) {
            errors.add(new FieldError("taskIds", "Reassign at most " + MAX_TASKS + " tasks at a time"));
        }
        if (assignee == null || assignee.isBlank()) {
            errors.add(new FieldError("assignee", "Choose who to give the tasks to"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Some answers need correcting", errors);
        }
        return this;
    }
}
