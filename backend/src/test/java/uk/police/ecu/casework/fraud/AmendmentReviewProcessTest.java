package uk.police.ecu.casework.fraud;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import uk.police.ecu.casework.ProcessTest;

/**
 * Every path of {@code processes/amendment-review.bpmn}: an NFIB amendment to a case whose triage has ended.
 * How a case still being worked gets the same task is in {@link FraudTriageIntakeProcessTest} and
 * {@link FraudTriageAllocationProcessTest}.
 */
@ProcessTest
class AmendmentReviewProcessTest {

    @Test
    void shouldPutTheReviewInTheTriageQueue_andEndWhenItIsDone() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("amendment-review",
                "NFRC-AR-" + UUID.randomUUID().toString().substring(0, 8), Map.of("amendmentId", 1L));

        assertThat(pi).isWaitingAt("Task_ReviewAmendment");
        assertThat(task(pi)).hasName("Review NFIB amendment").hasCandidateGroup("ecu-triage").isNotAssigned();
        complete(task(pi));

        assertThat(pi).hasPassed("EndEvent_Reviewed").isEnded();
    }
}
