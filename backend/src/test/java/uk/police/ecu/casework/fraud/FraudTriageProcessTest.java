package uk.police.ecu.casework.fraud;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.ecu.casework.IntegrationTest;

/** Every path of {@code processes/fraud-triage.bpmn}, on the application's own engine and database. */
@IntegrationTest
class FraudTriageProcessTest {

    @RegisterExtension
    final ProcessEngineExtension camunda;
    private final ProcessEngine engine;

    @Autowired
    FraudTriageProcessTest(ProcessEngine engine) {
        this.engine = engine;
        this.camunda = ProcessEngineExtension.builder().useProcessEngine(engine).build();
    }

    @BeforeEach
    void bindAssertionsToThisEngine() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void shouldWaitForTheEcuTriageTeam_thenEndWhenTriaged() {
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("fraud-triage", "NFRC-PT-1",
                Map.of("crimeReference", "NFRC-PT-1", "nfibCode", "NFIB1D", "victimName", "Mary Seacole"));

        assertThat(pi).isWaitingAt("Task_Triage");
        assertThat(task(pi)).hasCandidateGroup("ecu-triage");

        complete(task(pi));

        assertThat(pi).hasPassed("Task_Triage").isEnded();
    }
}
