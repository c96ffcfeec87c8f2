package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.police.ecu.casework.ProcessEngineFixture.at;

import java.io.IOException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.ecu.casework.ProcessTest;

/** Every path of {@code processes/monthly-outcome-return.bpmn}. */
@ProcessTest
class MonthlyOutcomeReturnProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    OutcomeReturnRepository returns;

    @Autowired
    OutcomeReturnOutbox outbox;

    @Test
    void shouldBuildLastMonthsReturnOnThe1st_forASupervisorToApproveAndSubmit() {
        ClockUtil.setCurrentTime(at(2024, 2, 1, 6));
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

        // Sending is a job of its own, so the supervisor's approval stands even when the outbox cannot be written.
        assertThat(pi).isWaitingAt("Task_SubmitReturn");
        execute(job(pi));
        assertThat(pi).hasPassed("Task_SubmitReturn").isEnded();
        assertThat(returns.find(YearMonth.of(2024, 1)).orElseThrow().status()).isEqualTo("SUBMITTED");
        assertThat(outbox.directory().resolve("outcome-return-2024-01.csv")).exists();
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
        execute(job(pi));
        assertThat(pi).isEnded();
        assertThat(returns.find(YearMonth.of(2024, 3)).orElseThrow().status()).isEqualTo("SUBMITTED");
    }

    @Test
    void shouldTryTheSubmissionThreeTimesTenMinutesApart_thenRaiseAnIncident_andSubmitOnceTheOutboxIsMended()
            throws IOException {
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByMessage("OutcomeReturnRequested",
                "outcome-return-2019-05", withVariables("returnMonth", "2019-05"));
        execute(job(pi));
        complete(task(pi), withVariables("returnApproved", true, "returnApprovedBy", "ecu.supervisor"));
        ManagementService management = engine.getManagementService();
        String jobId = job(pi).getId();

        try (BrokenOutbox broken = BrokenOutbox.breakOutbox(outbox.directory())) {
            // R3/PT10M: three attempts in all (the engine counts the first), so 2, 1, then 0 left and an incident.
            for (int expectedRetries : new int[] {2, 1, 0}) {
                Date before = ClockUtil.getCurrentTime();
                assertThatThrownBy(() -> management.executeJob(jobId))
                        .hasMessageContaining("could not be written to the outbox");
                Job failed = management.createJobQuery().jobId(jobId).singleResult();
                assertThat(failed.getRetries()).isEqualTo(expectedRetries);
                if (expectedRetries > 0) {
                    assertThat(Duration.between(before.toInstant(), failed.getDuedate().toInstant()))
                            .as("the model's retry interval").isBetween(Duration.ofMinutes(9), Duration.ofMinutes(11));
                }
            }
        }
        Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId())
                .singleResult();
        assertThat(incident.getActivityId()).isEqualTo("Task_SubmitReturn");
        assertThat(incident.getIncidentType()).isEqualTo("failedJob");
        assertThat(pi).isNotEnded().isWaitingAt("Task_SubmitReturn");
        assertThat(returns.find(YearMonth.of(2019, 5)).orElseThrow().status()).isEqualTo("BUILT");

        management.setJobRetries(jobId, 1);
        execute(job(pi));

        assertThat(pi).hasPassed("Task_SubmitReturn").isEnded();
        assertThat(returns.find(YearMonth.of(2019, 5)).orElseThrow().status()).isEqualTo("SUBMITTED");
        assertThat(outbox.directory().resolve("outcome-return-2019-05.csv")).exists();
    }
}
