package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.ecu.casework.IntegrationTest;

/** Every path of {@code processes/monthly-outcome-return.bpmn}. */
@IntegrationTest
class MonthlyOutcomeReturnProcessTest {

    @RegisterExtension
    final ProcessEngineExtension camunda;
    private final ProcessEngine engine;

    @Autowired
    OutcomeReturnRepository returns;

    @Autowired
    MonthlyOutcomeReturnProcessTest(ProcessEngine engine) {
        this.engine = engine;
        this.camunda = ProcessEngineExtension.builder().useProcessEngine(engine).build();
    }

    @BeforeEach
    void bindAssertionsToThisEngine() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void shouldBuildLastMonthsReturnOnThe1st_forASupervisorToApproveAndSubmit() {
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2024, 2, 1).atTime(6, 0)
                .atZone(ZoneId.of("Europe/London")).toInstant()));
        Job timer = engine.getManagementService().createJobQuery().processDefinitionKey("monthly-outcome-return")
                .timers().singleResult();
        assertThat(timer).as("the 1st-of-month timer").isNotNull();

        engine.getManagementService().executeJob(timer.getId());
        // The timer gives no business key; the build step names the instance after the month it builds.
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("monthly-outcome-return").list().stream()
                .filter(p -> p.getBusinessKey() == null).findFirst().orElseThrow();
        assertThat(pi).isWaitingAt("Task_BuildReturn");
        execute(job(pi));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId())
                .singleResult().getBusinessKey()).isEqualTo("outcome-return-2024-01");

        assertThat(pi).isWaitingAt("Task_ApproveReturn");
        assertThat(task(pi)).hasCandidateGroup("ecu-supervisors");
        complete(task(pi), withVariables("returnApproved", true, "returnApprovedBy", "ecu.supervisor"));

        assertThat(pi).hasPassed("Task_SubmitReturn").isEnded();
        assertThat(returns.find(YearMonth.of(2024, 1)).orElseThrow().status()).isEqualTo("SUBMITTED");
        assertThat(engine.getManagementService().createJobQuery().processDefinitionKey("monthly-outcome-return")
                .timers().count()).as("the next month's timer").isEqualTo(1);
    }

    @Test
    void shouldRebuildTheReturnWhenTheSupervisorAsksForCorrections() {
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByMessage("OutcomeReturnRequested",
                "outcome-return-2024-03", withVariables("returnMonth", "2024-03"));
        execute(job(pi));
        assertThat(pi).isWaitingAt("Task_ApproveReturn");

        complete(task(pi), withVariables("returnApproved", false, "returnApprovedBy", "ecu.supervisor"));

        assertThat(pi).isWaitingAt("Task_BuildReturn");
        execute(job(pi));
        complete(task(pi), withVariables("returnApproved", true, "returnApprovedBy", "ecu.supervisor"));
        assertThat(pi).isEnded();
        assertThat(returns.find(YearMonth.of(2024, 3)).orElseThrow().status()).isEqualTo("SUBMITTED");
    }
}
