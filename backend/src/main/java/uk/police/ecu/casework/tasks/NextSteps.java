package uk.police.ecu.casework.tasks;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.UserRepository;

/**
 * Hands on the next step after a completion: the case's open tasks from the task list's projection (written in
 * the completion's transaction, so read after the engine has moved on), each marked with whether the same
 * person may work it by the rule that decides claiming, and otherwise who has the case now, in words.
 */
@Component
class NextSteps {

    static final String NOTHING_MORE = "Nothing more is needed on this case.";

    private final TaskProjectionRepository projection;
    private final TaskService tasks;
    private final FourEyes fourEyes;
    private final UserRepository users;

    NextSteps(TaskProjectionRepository projection, TaskService tasks, FourEyes fourEyes, UserRepository users) {
        this.projection = projection;
        this.tasks = tasks;
        this.fourEyes = fourEyes;
        this.users = users;
    }

    /** The open tasks of the same process on the same case, the earliest due first. */
    NextStep after(CaseworkUser user, String completedTaskId, String processKey, String caseReference) {
        List<TaskRecord> open = caseReference == null ? List.of() : projection.ofCase(processKey, caseReference)
                .stream().filter(row -> !row.taskId().equals(completedTaskId)).toList();
        List<NextStep.NextTask> next = open.stream().map(row -> new NextStep.NextTask(row.taskId(), row.name(),
                row.taskType(), yours(user, row), user.username().equals(row.assignee()))).toList();
        boolean anyYours = next.stream().anyMatch(NextStep.NextTask::yours);
        return new NextStep(caseReference, next, anyYours ? null : whatHappensNext(open));
    }

    private boolean yours(CaseworkUser user, TaskRecord row) {
        if (!TaskListService.mayWork(user, row.assignee(), row.candidateGroups())) {
            return false;
        }
        Task task = tasks.createTaskQuery().taskId(row.taskId()).singleResult();
        return task != null && !fourEyes.isDecider(task, user.username());
    }

    private String whatHappensNext(List<TaskRecord> open) {
        if (open.isEmpty()) {
            return NOTHING_MORE;
        }
        return "Next: " + open.stream().map(row -> row.name() + " (" + who(row) + ")")
                .distinct().collect(Collectors.joining("; ")) + ".";
    }

    /** Whoever holds the task, else the teams it is offered to, by name. */
    private String who(TaskRecord row) {
        if (row.assignee() != null) {
            return users.displayName(row.assignee()).orElse(row.assignee());
        }
        return row.candidateGroups().stream().map(team -> users.teamName(team).orElse(team))
                .collect(Collectors.joining(" or "));
    }
}
