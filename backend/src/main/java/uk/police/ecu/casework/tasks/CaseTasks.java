package uk.police.ecu.casework.tasks;

import java.util.List;
import org.springframework.stereotype.Service;
import uk.police.ecu.casework.security.CaseworkUser;

/** A case's open tasks, for its page header; the caller has already decided the user may see the case. */
@Service
public class CaseTasks {

    private final TaskProjectionRepository projection;
    private final TaskSummaries summaries;

    CaseTasks(TaskProjectionRepository projection, TaskSummaries summaries) {
        this.projection = projection;
        this.summaries = summaries;
    }

    public List<TaskSummary> openTasks(CaseworkUser user, String processKey, String caseReference) {
        return summaries.forUser(user, projection.ofCase(processKey, caseReference));
    }
}
