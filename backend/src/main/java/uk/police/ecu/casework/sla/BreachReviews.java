package uk.police.ecu.casework.sla;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Starts one breach review ({@code processes/breach-review.bpmn}) per breach, for the supervisors of the
 * accountable team: the team named as the team's {@code supervisor_team}, else the team itself.
 */
@Component
public class BreachReviews {

    public static final String PROCESS_KEY = "breach-review";
    public static final String CLOCK_ID = "slaClockId";
    public static final String REVIEW_TEAM = "reviewTeam";
    public static final String LATE_TASK_ID = "lateTaskId";

    // Lazily: the SLA clocks are wired into the engine, so the engine's services cannot be needed to build them.
    private final ObjectProvider<RuntimeService> runtime;
    private final BreachReviewRepository reviews;

    BreachReviews(ObjectProvider<RuntimeService> runtime, BreachReviewRepository reviews) {
        this.runtime = runtime;
        this.reviews = reviews;
    }

    void start(long clockId) {
        BreachReviewRepository.Breach breach = reviews.breach(clockId);
        String reviewTeam = Optional.ofNullable(breach.reviewTeam()).orElse("ecu-supervisors");
        if (!reviews.claim(clockId, reviewTeam)) {
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(CLOCK_ID, clockId);
        variables.put(REVIEW_TEAM, reviewTeam);
        variables.put("slaName", breach.slaName());
        variables.put(LATE_TASK_ID, breach.taskId());
        String businessKey = breach.caseReference() == null ? "sla-clock-" + clockId : breach.caseReference();
        String instanceId = runtime.getObject().startProcessInstanceByKey(PROCESS_KEY, businessKey, variables).getId();
        reviews.setProcessInstance(clockId, instanceId);
    }

    /**
     * Keeps the review task's id with the breach as the engine creates it (a query could not see it yet
     * when the review starts inside another engine command), so the dashboard links to it without a search.
     */
    void reviewTaskCreated(DelegateTask task) {
        Object clockId = task.getVariable(CLOCK_ID);
        if (clockId instanceof Number id) {
            reviews.setReviewTask(id.longValue(), task.getId());
        }
    }
}
