package uk.police.ecu.casework.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.UserRepository;
import uk.police.ecu.casework.shared.ConflictException;
import uk.police.ecu.casework.shared.InvalidInputException;

/**
 * The task list over the engine. A user may see and act on a task only if it is assigned to them
 * or offered to one of their teams; anything else is "not found", whether or not it exists.
 */
@Service
@PreAuthorize(TaskListService.CASEWORKERS)
public class TaskListService {

    /** Everyone who works cases; analysts, auditors and administrators have no task list. */
    /** Far more than any form's answers; a draft is typed text, not a place for attachments. */
    static final int MAX_DRAFT_BYTES = 64 * 1024;

    static final String CASEWORKERS = "hasAnyRole('ECU_OFFICER', 'ECU_SUPERVISOR', 'LOCAL_INVESTIGATOR', "
            + "'VICTIM_CARE_OFFICER', 'O2R_OFFICER', 'DRUG_REFERRAL_WORKER')";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final UserRepository users;
    private final TaskForms forms;
    private final AuditLog auditLog;
    private final TaskProjectionRepository projection;
    private final TaskListRepository list;
    private final TaskSummaries summaries;
    private final CaseSubjectsRegistry subjects;
    private final Set<String> allocationTaskTypes;
    private final FourEyes fourEyes;
    private final TaskDraftRepository drafts;
    private final Clock clock;
    private final NextSteps nextSteps;

    TaskListService(TaskService tasks, RuntimeService runtime, RepositoryService repository,
                    UserRepository users, TaskForms forms, AuditLog auditLog, TaskProjectionRepository projection,
                    TaskListRepository list, TaskSummaries summaries, CaseSubjectsRegistry subjects,
                    @Value("${casework.tasks.allocation-task-types}") Set<String> allocationTaskTypes, FourEyes fourEyes,
                    TaskDraftRepository drafts, Clock clock, NextSteps nextSteps) {
        this.nextSteps = nextSteps;
        this.fourEyes = fourEyes;
        this.drafts = drafts;
        this.clock = clock;
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.users = users;
        this.forms = forms;
        this.auditLog = auditLog;
        this.projection = projection;
        this.list = list;
        this.summaries = summaries;
        this.subjects = subjects;
        this.allocationTaskTypes = allocationTaskTypes;
    }

    /** A page of one of the user's queues; a team the user is not in shows nothing. */
    @Transactional
    public TaskPage page(CaseworkUser user, TaskListQuery query) {
        if (!query.myTasks() && !user.teamIds().contains(query.queue())) {
            return new TaskPage(List.of(), 0, query.page(), query.size());
        }
        TaskListRepository.Scope scope = query.myTasks()
                ? new TaskListRepository.Scope(user.username(), null, null, subjects.readableProcesses(user))
                : new TaskListRepository.Scope(null, List.of(query.queue()), null, subjects.readableProcesses(user));
        return audited(query.queue(), user, scope, query);
    }

    /** Unclaimed tasks that hand a triaged case to an officer, across the teams the user supervises. */
    @Transactional
    public TaskPage readyToAllocate(CaseworkUser user, int page, int size) {
        TaskListQuery query = new TaskListQuery(null, null, null, null, null, null, TaskListQuery.UNASSIGNED,
                TaskSort.PRIORITY, true, page, size, false);
        if (user.supervisedTeamIds().isEmpty()) {
            return new TaskPage(List.of(), 0, query.page(), query.size());
        }
        return audited("ready-to-allocate", user, new TaskListRepository.Scope(null, user.supervisedTeamIds(),
                allocationTaskTypes, subjects.readableProcesses(user)), query);
    }

    public TaskQueues queues(CaseworkUser user) {
        Map<String, Long> counts = projection.queueCounts(user.teamIds());
        List<TaskQueues.Queue> queues = new ArrayList<>();
        queues.add(new TaskQueues.Queue(TaskListQuery.MY_TASKS, "My tasks", projection.assignedTo(user.username()), false));
        user.teams().forEach(team -> queues.add(new TaskQueues.Queue(team.teamId(), team.teamName(),
                counts.getOrDefault(team.teamId(), 0L), team.supervisor())));
        return new TaskQueues(queues, projection.changeMark());
    }

    /** A list that shows case references is a consultation of those cases. */
    private TaskPage audited(String queue, CaseworkUser user, TaskListRepository.Scope scope, TaskListQuery query) {
        List<TaskSummary> shown = summaries.forUser(user, list.page(scope, query));
        long total = shown.size() < query.size() && query.page() == 0 ? shown.size() : list.count(scope, query);
        List<String> references = shown.stream().map(TaskSummary::caseReference)
                .filter(reference -> reference != null && !reference.isEmpty()).distinct().toList();
        if (!references.isEmpty()) {
            auditLog.record(AuditEntry.consultation("task-list", references, null, Map.of("queue", queue)));
        }
        return new TaskPage(shown, total, query.page(), query.size());
    }

    /**
     * One task with what its form needs: the case it belongs to, any comment left for it and the facts its decision
     * rests on. It shows the case's facts (and to those who may, the subject's name and personal facts), so it is a
     * consultation of the case.
     */
    @Transactional
    public TaskDetail detail(CaseworkUser user, String taskId) {
        Task task = visibleTask(user, taskId);
        TaskSummary summary = projection.byId(taskId).map(row -> summaries.forUser(user, List.of(row)).get(0))
                .orElseThrow(TaskNotFoundException::new);
        if (summary.caseReference() != null && !summary.caseReference().isEmpty()) {
            auditLog.record(AuditEntry.consultation(processKey(task), List.of(summary.caseReference()), null,
                    Map.of("task", task.getTaskDefinitionKey())));
        }
        Object returnComment = "Task_Triage".equals(task.getTaskDefinitionKey())
                ? runtime.getVariable(task.getExecutionId(), "filingReturnComment") : null;
        return new TaskDetail(summary, task.getDescription(), returnComment == null ? null : returnComment.toString(),
                approvalReason(task), subjects.contactNeedsOf(processKey(task), task.getTaskDefinitionKey(),
                        summary.caseReference()).orElse(null),
                subjects.decisionFactsOf(user, processKey(task), task.getTaskDefinitionKey(), summary.caseReference())
                        .orElse(null));
    }

    /** Why filing needs this approval: the filing-approval decision's reason, so the supervisor knows what to check. */
    private String approvalReason(Task task) {
        if (!"Task_ApproveFiling".equals(task.getTaskDefinitionKey())) {
            return null;
        }
        return runtime.getVariable(task.getExecutionId(), "filingApproval") instanceof Map<?, ?> decision
                && decision.get("reason") != null ? decision.get("reason").toString() : null;
    }

    @Transactional
    public void claim(CaseworkUser user, String taskId) {
        Task task = visibleTask(user, taskId);
        fourEyes.requireNotDecider(task, user.username());
        if (!mayWork(user, task.getAssignee(), candidateGroups(taskId))) {
            throw new TaskClaimedException(nameOf(task.getAssignee()));
        }
        try {
            tasks.claim(taskId, user.username());
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            Task now = tasks.createTaskQuery().taskId(taskId).singleResult();
            throw new TaskClaimedException(now == null || now.getAssignee() == null
                    ? "someone else" : nameOf(now.getAssignee()));
        } catch (NullValueException e) {
            // Completed by someone else since it was read above (the load test's races found this and the
            // window in candidateGroups): gone, as if it had gone before the claim, not a server error.
            if (tasks.createTaskQuery().taskId(taskId).singleResult() == null) {
                throw new TaskNotFoundException();
            }
            throw e;
        }
    }

    /** Giving a task back discards the user's draft of it: the next person starts from an empty form. */
    @Transactional
    public void unclaim(CaseworkUser user, String taskId) {
        Task task = visibleTask(user, taskId);
        requireHeldBy(user, task);
        tasks.setAssignee(taskId, null);
        drafts.delete(taskId, user.username());
    }

    /**
     * The user's own draft of a task they may see. Not audited on its own: the answers are what the user typed,
     * and the task page that reads them has already recorded the consultation of the case.
     */
    public Optional<TaskDraft> draft(CaseworkUser user, String taskId) {
        visibleTask(user, taskId);
        return drafts.find(taskId, user.username());
    }

    /** Keeps the answers typed so far on a task the user holds; they go when it is completed or given back. */
    @Transactional
    public TaskDraft saveDraft(CaseworkUser user, String taskId, JsonNode answers) {
        requireHeldBy(user, visibleTask(user, taskId));
        if (answers == null || answers.isNull() || answers.isMissingNode()) {
            throw new InvalidInputException("There are no answers to keep");
        }
        String text = answers.toString();
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_DRAFT_BYTES) {
            throw new InvalidInputException("These answers are too long to keep as a draft (the limit is 64 kB). "
                    + "Shorten them or complete the task.");
        }
        Instant now = clock.instant();
        drafts.save(taskId, user.username(), text, now);
        return new TaskDraft(answers, now);
    }

    @Transactional
    public void discardDraft(CaseworkUser user, String taskId) {
        visibleTask(user, taskId);
        drafts.delete(taskId, user.username());
    }

    /** Records the form's answers and completes the task, all or nothing. */
    @Transactional
    public void complete(CaseworkUser user, String taskId, JsonNode answers) {
        completeTask(user, taskId, answers);
    }

    /**
     * Completes the task as {@link #complete} does and says what happens next on its case: read in the same
     * transaction, after the engine has created whatever tasks the completion leads to.
     */
    @Transactional
    public NextStep completeAndHandOn(CaseworkUser user, String taskId, JsonNode answers) {
        Completed completed = completeTask(user, taskId, answers);
        return nextSteps.after(user, taskId, completed.processKey(), completed.caseReference());
    }

    private record Completed(String processKey, String caseReference) {
    }

    private Completed completeTask(CaseworkUser user, String taskId, JsonNode answers) {
        Task task = visibleTask(user, taskId);
        requireHeldBy(user, task);
        fourEyes.requireNotDecider(task, user.username());
        String caseReference = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
        WorkedTask worked = new WorkedTask(taskId, task.getTaskDefinitionKey(), caseReference,
                task.getProcessInstanceId(), user);
        Map<String, Object> variables = new HashMap<>(forms.complete(worked, answers));
        // Kept on this task alone, so that it ends this task's clocks and never reaches a later task.
        Object clockEnd = variables.remove(TaskForm.VICTIMS_CODE_CLOCK_END);
        if (clockEnd != null) {
            tasks.setVariableLocal(taskId, TaskForm.VICTIMS_CODE_CLOCK_END, clockEnd.toString());
        }
        tasks.complete(taskId, variables);
        // Its draft went with the task's row in the task list; said here too, so it never depends on that alone.
        drafts.delete(taskId, user.username());
        String processKey = processKey(task);
        auditLog.record(AuditEntry.alteration(processKey, List.of(caseReference),
                Map.of("task", task.getTaskDefinitionKey())));
        return new Completed(processKey, caseReference);
    }

    /**
     * Who may work a task, as claiming decides it: whoever holds it, or while nobody does, a member of a team it
     * is offered to. The hand-on after a completion asks the same question of the case's next tasks.
     */
    static boolean mayWork(CaseworkUser user, String assignee, Collection<String> candidateGroups) {
        return assignee == null ? candidateGroups.stream().anyMatch(user.teamIds()::contains)
                : assignee.equals(user.username());
    }

    private void requireHeldBy(CaseworkUser user, Task task) {
        if (task.getAssignee() == null) {
            throw new ConflictException("Claim this task before working on it");
        }
        if (!task.getAssignee().equals(user.username())) {
            throw new TaskClaimedException(nameOf(task.getAssignee()));
        }
    }

    /** Whether the user may work this task now: they hold it, or nobody does and it is offered to their team. */
    boolean mayWork(CaseworkUser user, Task task) {
        return mayWork(user, task.getAssignee(), candidateGroups(task.getId()));
    }

    /** The task if the user may see it; otherwise "not found", with the refusal in the audit trail. */
    Task visibleTask(CaseworkUser user, String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task != null && (user.username().equals(task.getAssignee())
                || user.teamIds().stream().anyMatch(candidateGroups(taskId)::contains))) {
            return task;
        }
        auditLog.recordRefusal(AuditEntry.accessRefused("task", List.of(taskId), Map.of("exists", task != null)));
        throw new TaskNotFoundException();
    }

    /** A task completed by someone else since it was read is gone: "not found", as if it had gone before. */
    private Set<String> candidateGroups(String taskId) {
        try {
            return tasks.getIdentityLinksForTask(taskId).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId)
                    .collect(Collectors.toSet());
        } catch (NullValueException e) {
            throw new TaskNotFoundException();
        }
    }

    private String processKey(Task task) {
        return repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
    }

    private String nameOf(String username) {
        return users.displayName(username).orElse(username);
    }
}
