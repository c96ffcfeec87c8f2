package uk.police.ecu.casework.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.UserRepository;

/**
 * The task list over the engine. A user may see and act on a task only if it is assigned to them
 * or offered to one of their teams; anything else is "not found", whether or not it exists.
 */
@Service
@PreAuthorize(TaskListService.CASEWORKERS)
public class TaskListService {

    /** Everyone who works cases; analysts, auditors and administrators have no task list. */
    static final String CASEWORKERS = "hasAnyRole('ECU_OFFICER', 'ECU_SUPERVISOR', 'LOCAL_INVESTIGATOR', "
            + "'VICTIM_CARE_OFFICER', 'O2R_OFFICER', 'DRUG_REFERRAL_WORKER')";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final UserRepository users;
    private final TaskForms forms;
    private final AuditLog auditLog;

    TaskListService(TaskService tasks, RuntimeService runtime, RepositoryService repository,
                    UserRepository users, TaskForms forms, AuditLog auditLog) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.users = users;
        this.forms = forms;
        this.auditLog = auditLog;
    }

    @Transactional
    public List<TaskSummary> myTasks(CaseworkUser user) {
        return audited("mine", summaries(tasks.createTaskQuery().taskAssignee(user.username()).active()
                .orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, 200)));
    }

    @Transactional
    public List<TaskSummary> teamQueue(CaseworkUser user, String teamId) {
        if (!user.teamIds().contains(teamId)) {
            return List.of();
        }
        return audited(teamId, summaries(tasks.createTaskQuery().taskCandidateGroup(teamId).includeAssignedTasks()
                .active().orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, 200)));
    }

    /** A list that shows case references is a consultation of those cases. */
    private List<TaskSummary> audited(String queue, List<TaskSummary> shown) {
        List<String> references = shown.stream().map(TaskSummary::caseReference)
                .filter(reference -> reference != null && !reference.isEmpty()).distinct().toList();
        if (!references.isEmpty()) {
            auditLog.record(AuditEntry.consultation("task-list", references, null, Map.of("queue", queue)));
        }
        return shown;
    }

    /** One task with what its form needs: the case it belongs to and any comment left for it. */
    public TaskDetail detail(CaseworkUser user, String taskId) {
        Task task = visibleTask(user, taskId);
        TaskSummary summary = summaries(List.of(task)).get(0);
        Object returnComment = "Task_Triage".equals(task.getTaskDefinitionKey())
                ? runtime.getVariable(task.getExecutionId(), "filingReturnComment") : null;
        return new TaskDetail(summary, task.getDescription(), returnComment == null ? null : returnComment.toString());
    }

    public void claim(CaseworkUser user, String taskId) {
        Task task = visibleTask(user, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw new TaskClaimedException(nameOf(task.getAssignee()));
        }
        try {
            tasks.claim(taskId, user.username());
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            Task now = tasks.createTaskQuery().taskId(taskId).singleResult();
            throw new TaskClaimedException(now == null || now.getAssignee() == null
                    ? "someone else" : nameOf(now.getAssignee()));
        }
    }

    public void unclaim(CaseworkUser user, String taskId) {
        Task task = visibleTask(user, taskId);
        requireHeldBy(user, task);
        tasks.setAssignee(taskId, null);
    }

    /** Records the form's answers and completes the task, all or nothing. */
    @Transactional
    public void complete(CaseworkUser user, String taskId, JsonNode answers) {
        Task task = visibleTask(user, taskId);
        requireHeldBy(user, task);
        String caseReference = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
        WorkedTask worked = new WorkedTask(taskId, task.getTaskDefinitionKey(), caseReference,
                task.getProcessInstanceId(), user);
        tasks.complete(taskId, forms.complete(worked, answers));
        auditLog.record(AuditEntry.alteration(processKey(task), List.of(caseReference),
                Map.of("task", task.getTaskDefinitionKey())));
    }

    private void requireHeldBy(CaseworkUser user, Task task) {
        if (task.getAssignee() == null) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Claim this task before working on it");
        }
        if (!task.getAssignee().equals(user.username())) {
            throw new TaskClaimedException(nameOf(task.getAssignee()));
        }
    }

    private Task visibleTask(CaseworkUser user, String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task != null && (user.username().equals(task.getAssignee())
                || user.teamIds().stream().anyMatch(candidateGroups(taskId)::contains))) {
            return task;
        }
        auditLog.recordRefusal(AuditEntry.accessRefused("task", List.of(taskId), Map.of("exists", task != null)));
        throw new TaskNotFoundException();
    }

    private Set<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .collect(Collectors.toSet());
    }

    private String processKey(Task task) {
        return repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
    }

    private String nameOf(String username) {
        return users.displayName(username).orElse(username);
    }

    private List<TaskSummary> summaries(List<Task> page) {
        Set<String> instanceIds = page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeys = instanceIds.isEmpty() ? Map.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId,
                        pi -> pi.getBusinessKey() == null ? "" : pi.getBusinessKey()));
        return page.stream().map(task -> new TaskSummary(
                task.getId(), task.getName(), task.getTaskDefinitionKey(),
                processKey(task),
                businessKeys.get(task.getProcessInstanceId()),
                toOffset(task.getCreateTime()), toOffset(task.getDueDate()), task.getPriority(),
                task.getAssignee(), task.getAssignee() == null ? null : nameOf(task.getAssignee()),
                List.copyOf(candidateGroups(task.getId())))).toList();
    }

    private static OffsetDateTime toOffset(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }
}
