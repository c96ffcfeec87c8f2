package uk.police.ecu.casework.sla;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.police.ecu.casework.security.CurrentUser;

/** The breach behind a breach review task; the task itself is worked through the task API. */
@RestController
class BreachReviewController {

    private final BreachReviewQueries reviews;
    private final CurrentUser currentUser;

    BreachReviewController(BreachReviewQueries reviews, CurrentUser currentUser) {
        this.reviews = reviews;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/sla/reviews/{taskId}")
    BreachReviewContext review(@PathVariable String taskId) {
        return reviews.forReviewTask(currentUser.get(), taskId);
    }
}
