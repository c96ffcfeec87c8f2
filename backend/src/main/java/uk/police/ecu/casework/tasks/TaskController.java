package uk.police.ecu.casework.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.ecu.casework.security.CurrentUser;

/** Every signed-in role works from a task list; which tasks each sees is decided per task. */
@RestController
@RequestMapping("/api/tasks")
@PreAuthorize(TaskListService.CASEWORKERS)
class TaskController {

    private final TaskListService taskList;
    private final CurrentUser currentUser;

    TaskController(TaskListService taskList, CurrentUser currentUser) {
        this.taskList = taskList;
        this.currentUser = currentUser;
    }

    /** {@code queue=mine} (default) or the id of one of the user's teams. */
    @GetMapping
    List<TaskSummary> list(@RequestParam(defaultValue = "mine") String queue) {
        return "mine".equals(queue)
                ? taskList.myTasks(currentUser.get())
                : taskList.teamQueue(currentUser.get(), queue);
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

    @PostMapping("/{taskId}/complete")
    ResponseEntity<Void> complete(@PathVariable String taskId, @RequestBody(required = false) JsonNode answers) {
        taskList.complete(currentUser.get(), taskId, answers);
        return ResponseEntity.noContent().build();
    }
}
