package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.police.ecu.casework.ProcessEngineFixture.at;
import static uk.police.ecu.casework.ProcessEngineFixture.dueDay;
import static uk.police.ecu.casework.ProcessEngineFixture.startOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ProcessTest;
import uk.police.ecu.casework.fraud.Dissemination.VictimType;
import uk.police.ecu.casework.security.RunAs;

/**
 * The victim's regular updates at the frequency agreed with them ({@code SubProcess_RegularUpdates} of
 * {@code processes/fraud-triage.bpmn}): each falls due the agreed interval after the last, a changed frequency
 * re-times the next, and opting out or recording the outcome stops them.
 */
@ProcessTest
class AgreedUpdatesProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    FraudTriageService triage;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AgreedUpdateFrequency frequency;

    @Test
    void shouldAskForAnUpdateEachAgreedInterval_afterTheAgreement_thenAfterTheLastUpdate() {
        ProcessInstance pi = allocated();
        agree(pi, 14, LocalDate.of(2026, 3, 3));
        complete(task("Task_TellVictimOfficer", pi));

        assertThat(pi).hasPassed("Gateway_UpdatesAgreed").isWaitingAt("Task_InvestigationPlan", "Timer_UpdateDue");
        // Due 14 days after the agreement on 3 March; the task appears a quarter of the interval (3 days) before.
        assertThat(timer(pi).getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 3, 14)));

        ClockUtil.setCurrentTime(at(2026, 3, 14));
        engine.getManagementService().executeJob(timer(pi).getId());
        Task update = task("Task_UpdateVictim", pi);
        assertThat(update).hasName("Give the victim their agreed update").isAssignedTo("ecu.officer");
        assertThat(dueDay(update)).isEqualTo(LocalDate.of(2026, 3, 17));

        // Told on 16 March: the next is due 14 days after that, on 30 March.
        regularUpdateGiven(pi, LocalDate.of(2026, 3, 16));
        ClockUtil.setCurrentTime(at(2026, 3, 16));
        complete(update);
        assertThat(pi).hasPassed("Gateway_StillUpdating").isWaitingAt("Task_InvestigationPlan", "Timer_UpdateDue");
        assertThat(timer(pi).getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 3, 27)));
    }

    @Test
    void shouldReTimeTheNextUpdateWhenTheVictimChangesTheFrequency() {
        ProcessInstance pi = allocated();
        agree(pi, 28, LocalDate.of(2026, 3, 3));
        complete(task("Task_TellVictimOfficer", pi));
        assertThat(timer(pi).getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 3, 24)));

        agree(pi, 7, LocalDate.of(2026, 3, 5));
        frequency.retime(pi.getBusinessKey());

        // Weekly from the agreement on 3 March: due 10 March, the task appearing a day before.
        assertThat(timer(pi).getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 3, 9)));
        engine.getManagementService().executeJob(timer(pi).getId());
        assertThat(dueDay(task("Task_UpdateVictim", pi))).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void shouldStopTheUpdatesWhenTheVictimOptsOut() {
        ProcessInstance pi = allocated();
        agree(pi, 7, LocalDate.of(2026, 3, 3));
        complete(task("Task_TellVictimOfficer", pi));
        engine.getManagementService().executeJob(timer(pi).getId());

        jdbc.sql("INSERT INTO victim_update_opt_out (crime_reference, opted_out_on, recorded_by, recorded_at) "
                        + "VALUES (?, ?, 'ecu.officer', ?)")
                .params(pi.getBusinessKey(), LocalDate.of(2026, 3, 9), OffsetDateTime.now()).update();
        complete(task("Task_UpdateVictim", pi), withVariables("victimsCodeClockEnd", "OPTED_OUT"));

        assertThat(pi).hasPassed("EndEvent_UpdatesOptedOut", "Gateway_UpdatesDone")
                .isWaitingAt("Task_InvestigationPlan");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
        complete(task("Task_InvestigationPlan", pi));
        complete(task("Task_RecordOutcome", pi));
        complete(task("Task_TellVictimOfDecision", pi));
        assertThat(pi).isEnded();
    }

    @Test
    void shouldStopWaitingForTheNextUpdateWhenTheOutcomeIsRecorded() {
        ProcessInstance pi = allocated();
        agree(pi, 14, LocalDate.of(2026, 3, 3));
        complete(task("Task_TellVictimOfficer", pi));
        complete(task("Task_InvestigationPlan", pi));

        complete(task("Task_RecordOutcome", pi));

        assertThat(pi).hasPassed("Event_OutcomeRecorded", "Gateway_UpdatesDone")
                .isWaitingAt("Task_TellVictimOfDecision");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
        complete(task("Task_TellVictimOfDecision", pi));
        assertThat(pi).isEnded();
    }

    @Test
    void shouldWithdrawAnUpdateStillOpenWhenTheOutcomeIsRecorded() {
        ProcessInstance pi = allocated();
        agree(pi, 7, LocalDate.of(2026, 3, 3));
        complete(task("Task_TellVictimOfficer", pi));
        engine.getManagementService().executeJob(timer(pi).getId());
        assertThat(pi).isWaitingAt("Task_InvestigationPlan", "Task_UpdateVictim");
        complete(task("Task_InvestigationPlan", pi));

        complete(task("Task_RecordOutcome", pi));

        assertThat(pi).hasPassed("Event_OutcomeRecorded").isWaitingAt("Task_TellVictimOfDecision");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_UpdateVictim").count()).isZero();
    }

    @Test
    void shouldTimeNoUpdatesWhenNoneWasAgreed_asForAVictimWhoCouldNotBeReached_untilOneIsAgreed() {
        ProcessInstance pi = allocated();

        complete(task("Task_TellVictimOfficer", pi));

        // No timer: it waits for an agreement (AgreedUpdatesLaterProcessTest covers what follows).
        assertThat(pi).hasPassed("Gateway_UpdatesAgreed").hasNotPassed("SubProcess_RegularUpdates", "Gateway_UpdatesDone")
                .isWaitingAt("Task_InvestigationPlan", "Gateway_AgreedLater");
        assertThat(timer(pi)).isNull();
    }

    @Test
    void shouldTimeNoUpdatesWhenTheOutcomeWasRecordedBeforeTheVictimWasToldWhoTheirOfficerIs() {
        ProcessInstance pi = allocated();
        complete(task("Task_InvestigationPlan", pi));
        complete(task("Task_RecordOutcome", pi));
        agree(pi, 7, LocalDate.of(2026, 3, 3));

        complete(task("Task_TellVictimOfficer", pi));

        assertThat(pi).hasNotPassed("SubProcess_RegularUpdates").isWaitingAt("Task_TellVictimOfDecision");
    }

    private ProcessInstance allocated() {
        ClockUtil.setCurrentTime(at(2026, 3, 2));
        String reference = "NFRC-AU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        FraudTriageService.Received received = runAs.user("ecu.officer", () -> triage.receive(new Dissemination(
                reference, LocalDate.of(2026, 2, 27), "NFIB3A", VictimType.INDIVIDUAL, "Test Victim " + reference,
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

    private void regularUpdateGiven(ProcessInstance pi, LocalDate toldOn) {
        jdbc.sql("INSERT INTO victim_update (crime_reference, update_type, told_on, method, recorded_by, recorded_at) "
                        + "VALUES (?, 'REGULAR', ?, 'PHONE', 'ecu.officer', ?)")
                .params(pi.getBusinessKey(), toldOn, OffsetDateTime.now()).update();
    }

    private Job timer(ProcessInstance pi) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId("Timer_UpdateDue").singleResult();
    }
}
