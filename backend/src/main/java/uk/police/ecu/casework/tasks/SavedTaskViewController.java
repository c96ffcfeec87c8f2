package uk.police.ecu.casework.tasks;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.police.ecu.casework.security.CurrentUser;

/** The signed-in user's own saved task list views; nobody sees another's. */
@RestController
@RequestMapping("/api/tasks/saved-views")
@PreAuthorize(TaskListService.CASEWORKERS)
class SavedTaskViewController {

    private final SavedTaskViews views;
    private final CurrentUser currentUser;

    SavedTaskViewController(SavedTaskViews views, CurrentUser currentUser) {
        this.views = views;
        this.currentUser = currentUser;
    }

    @GetMapping
    List<SavedTaskView> list() {
        return views.of(currentUser.get());
    }

    @PostMapping
    ResponseEntity<SavedTaskView> save(@RequestBody SaveTaskViewRequest request) {
        return ResponseEntity.status(201).body(views.save(currentUser.get(), request.name(), request.view()));
    }

    @DeleteMapping("/{viewId}")
    ResponseEntity<Void> delete(@PathVariable long viewId) {
        views.delete(currentUser.get(), viewId);
        return ResponseEntity.noContent().build();
    }
}
