package uk.police.ecu.casework.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.shared.FieldError;
import uk.police.ecu.casework.shared.InvalidInputException;

/** Every signed-in role that works cases has a task list; which tasks each sees is decided per task. */
@RestController
@RequestMapping("/api/tasks")
@PreAuthorize(TaskListService.CASEWORKERS)
class TaskController {

    private final TaskListService taskList;
    private final TaskReassignment reassignment;
    private final TaskTypes taskTypes;
    private final CurrentUser currentUser;
    private final TaskFollowUps followUps;
    private final TaskComments comments;

    TaskController(TaskListService taskList, TaskReassignment reassignment, TaskTypes taskTypes,
                   CurrentUser currentUser, TaskFollowUps followUps, TaskComments comments) {
        this.followUps = followUps;
        this.comments = comments;
        this.taskList = taskList;
        this.reassignment = reassignment;
        this.taskTypes = taskTypes;
        this.currentUser = currentUser;
    }

    /** {@code queue=mine} (default) or the id of one of the user's teams, with filters, sort and page. */
    @GetMapping
    TaskPage list(@RequestParam(required = false) String queue, @RequestParam(required = false) String process,
                  @RequestParam(required = false) String taskType, @RequestParam(required = false) DueState due,
                  @RequestParam(required = false) String area, @RequestParam(required = false) String q,
                  @RequestParam(required = false) String assignee, @RequestParam(required = false) TaskSort sort,
                  @RequestParam(defaultValue = "ASC") SortOrder order, @RequestParam(defaultValue = "0") int page,
                  @RequestParam(defaultValue = "25") int size,
                  @RequestParam(defaultValue = "false") boolean followUpDue) {
        return taskList.page(currentUser.get(), new TaskListQuery(queue, process, taskType, due, area, q, assignee,
                sort, order == SortOrder.DESC, page, size, followUpDue));
    }

    @GetMapping("/queues")
    TaskQueues queues() {
        return taskList.queues(currentUser.get());
    }

    @GetMapping("/types")
    List<TaskTypes.TaskType> types() {
        return taskTypes.workedBy(currentUser.get());
    }

    @GetMapping("/ready-to-allocate")
    TaskPage readyToAllocate(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
        return taskList.readyToAllocate(currentUser.get(), page, size);
    }

    @PostMapping("/reassign")
    TaskReassignment.Result reassign(@RequestBody ReassignRequest request) {
        return reassignment.reassign(currentUser.get(), request.checked().taskIds(), request.assignee());
    }

    @GetMapping("/{taskId}")
    TaskDetail detail(@PathVariable String taskId) {
        return taskList.detail(currentUser.get(), taskId);
    }

    @PostMapping("/{taskId}/claim")
    ResponseEntity<Void> claim(@PathVariable String taskId) {
        taskList.claim(currentUser.get(), taskId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/unclaim")
    ResponseEntity<Void> unclaim(@PathVariable String taskId) {
        taskList.unclaim(currentUser.get(), taskId);
        return ResponseEntity.noContent().build();
    }

    /** A supervisor gives one task to a member of its team. */
    @PostMapping("/{taskId}/assign")
    TaskReassignment.Result assign(@PathVariable String taskId, @RequestBody AssignRequest request) {
        TaskReassignment.Result result = reassignment.reassign(currentUser.get(), List.of(taskId),
                request.checked().assignee());
        result.refused().stream().findFirst().ifPresent(refusal -> {
            if (refusal.reason() == TaskReassignment.Reason.NOT_FOUND) {
                throw new TaskNotFoundException();
            }
            throw new InvalidInputException(refusal.message(), List.of(new FieldError("assignee", refusal.message())));
        });
        return result;
    }

    /**
     * 204 as it always was; with {@code ?nextStep=true}, 200 and what happens next on the case, so the page can
     * offer the task the completion created for this user instead of sending them back to the queue.
     */
    @PostMapping("/{taskId}/complete")
    ResponseEntity<NextStep> complete(@PathVariable String taskId, @RequestBody(required = false) JsonNode answers,
                                      @RequestParam(defaultValue = "false") boolean nextStep) {
        if (nextStep) {
            return ResponseEntity.ok(taskList.completeAndHandOn(currentUser.get(), taskId, answers));
        }
        taskList.complete(currentUser.get(), taskId, answers);
        return ResponseEntity.noContent().build();
    }

    /** The user's own draft of the task's form; 204 when there is none. */
    @GetMapping("/{taskId}/draft")
    ResponseEntity<TaskDraft> draft(@PathVariable String taskId) {
        return taskList.draft(currentUser.get(), taskId).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PutMapping("/{taskId}/draft")
    TaskDraft saveDraft(@PathVariable String taskId, @RequestBody(required = false) JsonNode answers) {
        return taskList.saveDraft(currentUser.get(), taskId, answers);
    }

    @DeleteMapping("/{taskId}/draft")
    ResponseEntity<Void> discardDraft(@PathVariable String taskId) {
        taskList.discardDraft(currentUser.get(), taskId);
        return ResponseEntity.noContent().build();
    }

    /** Sets or (with an empty date) clears the day to follow the task up. */
    @PutMapping("/{taskId}/follow-up")
    ResponseEntity<Void> followUp(@PathVariable String taskId, @RequestBody FollowUpRequest request) {
        followUps.set(currentUser.get(), taskId, request.day());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{taskId}/follow-up")
    ResponseEntity<Void> clearFollowUp(@PathVariable String taskId) {
        followUps.set(currentUser.get(), taskId, null);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{taskId}/comments")
    List<TaskComment> comments(@PathVariable String taskId) {
        return comments.of(currentUser.get(), taskId);
    }

    @PostMapping("/{taskId}/comments")
    ResponseEntity<TaskComment> comment(@PathVariable String taskId, @RequestBody CommentRequest request) {
        return ResponseEntity.status(201).body(comments.add(currentUser.get(), taskId, request.comment()));
    }

    enum SortOrder { ASC, DESC }
}
