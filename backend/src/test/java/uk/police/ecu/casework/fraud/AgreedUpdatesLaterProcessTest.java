package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.police.ecu.casework.ProcessEngineFixture.at;
import static uk.police.ecu.casework.ProcessEngineFixture.startOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ProcessTest;
import uk.police.ecu.casework.fraud.Dissemination.VictimType;
import uk.police.ecu.casework.security.RunAs;

/**
 * A frequency agreed after the victim was told who their officer is ({@code Gateway_AgreedLater} of
 * {@code processes/fraud-triage.bpmn}): the victim could not be reached, or agreed none, then; the officer records
 * it later and the regular updates start from then, unless the outcome is recorded first or the victim opted out.
 */
@ProcessTest
class AgreedUpdatesLaterProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    FraudTriageService triage;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldStartTheUpdatesFromAFrequencyAgreedLater() {
        ProcessInstance pi = allocated();
        complete(task("Task_TellVictimOfficer", pi));
        assertThat(pi).isWaitingAt("Gateway_AgreedLater");

        ClockUtil.setCurrentTime(at(2026, 3, 10));
        agree(pi, 14, LocalDate.of(2026, 3, 10));
        runtimeService().createMessageCorrelation("UpdateFrequencyAgreed").processInstanceId(pi.getId()).correlate();

        assertThat(pi).hasPassed("Event_FrequencyAgreedLater", "Gateway_CheckAgreement")
                .isWaitingAt("Task_InvestigationPlan", "Timer_UpdateDue");
        // Due 14 days after the agreement on 10 March (24 March); the task appears 3 days before.
        assertThat(timer(pi).getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 3, 21)));
    }

    @Test
    void shouldStopWaitingForAnAgreementWhenTheOutcomeIsRecordedFirst() {
        ProcessInstance pi = allocated();
        complete(task("Task_TellVictimOfficer", pi));
        complete(task("Task_InvestigationPlan", pi));

        complete(task("Task_RecordOutcome", pi));

        assertThat(pi).hasPassed("Event_OutcomeRecordedFirst", "Gateway_UpdatesDone")
                .hasNotPassed("SubProcess_RegularUpdates").isWaitingAt("Task_TellVictimOfDecision");
        complete(task("Task_TellVictimOfDecision", pi));
        assertThat(pi).isEnded();
    }

    @Test
    void shouldNotWaitForAnAgreementFromAVictimWhoOptedOut() {
        ProcessInstance pi = allocated();
        jdbc.sql("INSERT INTO victim_update_opt_out (crime_reference, opted_out_on, recorded_by, recorded_at) "
                        + "VALUES (?, ?, 'ecu.officer', ?)")
                .params(pi.getBusinessKey(), LocalDate.of(2026, 3, 2), OffsetDateTime.now()).update();

        complete(task("Task_TellVictimOfficer", pi), withVariables("victimsCodeClockEnd", "OPTED_OUT"));

        assertThat(pi).hasPassed("Gateway_UpdatesAgreed", "Gateway_UpdatesDone").hasNotPassed("Gateway_AgreedLater")
                .isWaitingAt("Task_InvestigationPlan");
    }

    private ProcessInstance allocated() {
        ClockUtil.setCurrentTime(at(2026, 3, 2));
        String reference = "NFRC-AL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        FraudTriageService.Received received = runAs.user("ecu.officer", () -> triage.receive(new Dissemination(
                reference, LocalDate.of(2026, 2, 27), "NFIB3A", VictimType.INDIVIDUAL, "Test Victim",
                LocalDate.of(1980, 1, 1), null, null, null, new BigDecimal("2000"), null, null, null, null)));
        ProcessInstance pi = runtimeService().createProcessInstanceQuery()
                .processInstanceId(received.processInstanceId()).singleResult();
        complete(task(pi), withVariables("triageDecision", "ALLOCATE_ECU", "allocatedTeam", "ecu-investigations",
                "allocatedOfficer", "ecu.officer"));
        return pi;
    }

    private void agree(ProcessInstance pi, int everyDays, LocalDate agreedOn) {
        jdbc.sql("INSERT INTO victim_update_agreement (crime_reference, every_days, method, agreed_on, recorded_by, "
                        + "recorded_at) VALUES (?, ?, 'PHONE', ?, 'ecu.officer', ?)")
                .params(pi.getBusinessKey(), everyDays, agreedOn, OffsetDateTime.now()).update();
    }

    private Job timer(ProcessInstance pi) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId("Timer_UpdateDue").singleResult();
    }
}
