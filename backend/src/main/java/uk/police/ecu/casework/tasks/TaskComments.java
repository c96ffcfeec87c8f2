package uk.police.ecu.casework.tasks;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.UserRepository;
import uk.police.ecu.casework.shared.InvalidInputException;

/**
 * Comments on a task, kept as the engine's own task comments. Anyone who may see the task may read and add them (a
 * team mate can leave a note for whoever holds it); nobody else learns they exist. They may hold personal data, so
 * reading them is a consultation of the case and adding one an alteration; the text itself never enters the audit
 * trail.
 */
@Service
@PreAuthorize(TaskListService.CASEWORKERS)
public class TaskComments {

    static final String FIELD = "comment";
    static final int MAX_LENGTH = 2000;

    private final TaskListService taskList;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final ProcessEngine engine;
    private final TaskProjectionRepository projection;
    private final UserRepository users;
    private final AuditLog auditLog;
    private final Clock clock;

    TaskComments(TaskListService taskList, TaskService tasks, RepositoryService repository, IdentityService identity,
                 ProcessEngine engine, TaskProjectionRepository projection, UserRepository users, AuditLog auditLog,
                 Clock clock) {
        this.taskList = taskList;
        this.tasks = tasks;
        this.repository = repository;
        this.identity = identity;
        this.engine = engine;
        this.projection = projection;
        this.users = users;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The task's comments, oldest first, as a thread reads. */
    @Transactional
    public List<TaskComment> of(CaseworkUser user, String taskId) {
        Task task = taskList.visibleTask(user, taskId);
        List<Comment> comments = tasks.getTaskComments(taskId);
        if (!comments.isEmpty()) {
            auditLog.record(AuditEntry.consultation(processKey(task), caseOf(taskId), null,
                    Map.of("task", task.getTaskDefinitionKey(), "comments", comments.size())));
        }
        Map<String, String> names = new HashMap<>();
        return comments.stream().sorted(Comparator.comparing(Comment::getTime).thenComparing(Comment::getId))
                .map(comment -> new TaskComment(comment.getId(), comment.getFullMessage(),
                        comment.getUserId() == null ? "Unknown"
                                : names.computeIfAbsent(comment.getUserId(), u -> users.displayName(u).orElse(u)),
                        comment.getTime().toInstant().atZone(clock.getZone()).toOffsetDateTime()))
                .toList();
    }

    @Transactional
    public TaskComment add(CaseworkUser user, String taskId, String text) {
        Task task = taskList.visibleTask(user, taskId);
        String comment = text == null ? "" : text.strip();
        if (comment.isEmpty()) {
            throw InvalidInputException.field(FIELD, "Enter a comment");
        }
        if (comment.length() > MAX_LENGTH) {
            throw InvalidInputException.field(FIELD, "Comment must be " + MAX_LENGTH + " characters or fewer");
        }
        Comment added = addAs(user.username(), taskId, comment);
        projection.noteChange(taskId);
        auditLog.record(AuditEntry.alteration(processKey(task), caseOf(taskId),
                Map.of("task", task.getTaskDefinitionKey(), "comment", "added")));
        return new TaskComment(added.getId(), added.getFullMessage(), user.displayName(),
                added.getTime().toInstant().atZone(clock.getZone()).toOffsetDateTime());
    }

    /**
     * The engine names a comment's author after whoever is signed in to it, and with that checks its own
     * authorisations, which officers do not have: the product's rules (above) have already decided, so this one
     * command runs without the engine's check. The engine stamps the comment by its clock, which is the product's.
     */
    private Comment addAs(String username, String taskId, String comment) {
        identity.setAuthenticatedUserId(username);
        try {
            return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                    .getCommandExecutorTxRequired().execute(context -> {
                        context.disableAuthorizationCheck();
                        try {
                            return new AddCommentCmd(taskId, null, comment).execute(context);
                        } finally {
                            context.enableAuthorizationCheck();
                        }
                    });
        } finally {
            identity.clearAuthentication();
        }
    }

    private String processKey(Task task) {
        return repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
    }

    private List<String> caseOf(String taskId) {
        return projection.byId(taskId).map(TaskRecord::caseReference).filter(reference -> !reference.isEmpty())
                .map(List::of).orElse(List.of(taskId));
    }
}
