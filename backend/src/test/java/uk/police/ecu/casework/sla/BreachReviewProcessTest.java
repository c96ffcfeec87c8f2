package uk.police.ecu.casework.sla;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.ecu.casework.IntegrationTest;

/** Every path of {@code processes/breach-review.bpmn}: one review of one breach, by the accountable team's supervisors. */
@IntegrationTest
class BreachReviewProcessTest {

    @RegisterExtension
    final ProcessEngineExtension camunda;
    private final ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    BreachReviewProcessTest(ProcessEngine engine) {
        this.engine = engine;
        this.camunda = ProcessEngineExtension.builder().useProcessEngine(engine).build();
    }

    @BeforeEach
    void bindAssertionsToThisEngine() {
        BpmnAwareTests.init(engine);
    }

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
