package uk.police.ecu.casework.sla;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.ecu.casework.ProcessTest;

/** Every path of {@code processes/breach-review.bpmn}: one review of one breach, by the accountable team's supervisors. */
@ProcessTest
class BreachReviewProcessTest {

    @Autowired
    RuntimeService runtime;

    @Test
    void shouldWaitForTheReviewTeamsSupervisors_andEndOnceTheyHaveReviewedTheBreach() {
        ProcessInstance review = runtime.startProcessInstanceByKey(BreachReviews.PROCESS_KEY, "NFRC-BREACH-PATH",
                withVariables(BreachReviews.CLOCK_ID, -1L, BreachReviews.REVIEW_TEAM, "ecvcu-supervisors",
                        "slaName", "First contact", BreachReviews.LATE_TASK_ID, "no-such-task"));

        assertThat(review).isStarted().isWaitingAt("Task_BreachReview");
        assertThat(task(review)).hasCandidateGroup("ecvcu-supervisors").isNotAssigned();

        complete(task(review), withVariables("cause", "WORKLOAD", "justified", false));

        assertThat(review).hasPassedInOrder("StartEvent_Breached", "Task_BreachReview", "EndEvent_Reviewed").isEnded();
    }
}
