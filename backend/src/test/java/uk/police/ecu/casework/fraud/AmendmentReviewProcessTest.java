package uk.police.ecu.casework.fraud;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.ecu.casework.IntegrationTest;

/**
 * Every path of {@code processes/amendment-review.bpmn}: an NFIB amendment to a case whose triage has ended.
 * How a case still being worked gets the same task is in {@link FraudTriageProcessTest}.
 */
@IntegrationTest
class AmendmentReviewProcessTest {

    @RegisterExtension
    final ProcessEngineExtension camunda;
    private final ProcessEngine engine;

    @Autowired
    AmendmentReviewProcessTest(ProcessEngine engine) {
        this.engine = engine;
        this.camunda = ProcessEngineExtension.builder().useProcessEngine(engine).build();
    }

    @BeforeEach
    void bindAssertionsToThisEngine() {
        BpmnAwareTests.init(engine);
    }

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
