package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.police.ecu.casework.ProcessEngineFixture.at;
import static uk.police.ecu.casework.ProcessEngineFixture.dueDay;

import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.police.ecu.casework.ProcessTest;

/**
 * The paths of {@code processes/fraud-triage.bpmn} for allocating a crime to an ECU officer or an area team, the
 * area accepting or refusing it, a new officer in charge, and amendments reaching whoever holds the case.
 */
@ProcessTest
class FraudTriageAllocationProcessTest extends FraudTriageProcessTestSupport {

    @Test
    void shouldAllocateToAnEcuOfficer_tellTheVictimWithin7Days_thenFinaliseOnTheOutcome() {
        ClockUtil.setCurrentTime(at(2026, 3, 2));
        ProcessInstance pi = receive("NFIB3A", "2000", null, LocalDate.of(1980, 1, 1), LocalDate.of(2026, 2, 27));
        assertThat(pi).isWaitingAt("Task_Triage");
        assertThat(task(pi)).hasCandidateGroup("ecu-triage");

        complete(task(pi), withVariables("triageDecision", "ALLOCATE_ECU", "allocatedTeam", "ecu-investigations",
                "allocatedOfficer", "ecu.officer"));

        assertThat(pi).isWaitingAt("Task_InvestigationPlan", "Task_TellVictimOfficer");
        Task tellVictim = task("Task_TellVictimOfficer", pi);
        assertThat(tellVictim).isAssignedTo("ecu.officer");
        // 7 days from the crime's recording on 27 February, not from its allocation on 2 March.
        assertThat(dueDay(tellVictim)).isEqualTo(LocalDate.of(2026, 3, 6));

        complete(task("Task_InvestigationPlan", pi));
        complete(task("Task_TellVictimOfficer", pi));
        assertThat(pi).isWaitingAt("Task_RecordOutcome");
        crimes.finalise(pi.getBusinessKey(), "1", "1", LocalDate.of(2026, 3, 20));
        complete(task(pi));

        // No decision kind recorded (a model-level completion): the victim is still told, no statement offered.
        assertThat(pi).hasPassed("Task_RecordOutcome").isWaitingAt("Task_TellVictimOfDecision");
        complete(task(pi));
        assertThat(pi).hasPassed("Gateway_Charged", "EndEvent_Finalised").hasNotPassed("Task_OfferPersonalStatement")
                .isEnded();
    }

    @Test
    void shouldLeaveAnEcuAllocationWithNoOfficerUnclaimedForASupervisor_thenFollowThePlanWriter() {
        ProcessInstance pi = receive("NFIB3A", "2000", null);

        complete(task(pi), withVariables("triageDecision", "ALLOCATE_ECU", "allocatedTeam", "ecu-investigations",
                "allocatedOfficer", null, "taskPriority", 80));

        assertThat(pi).isWaitingAt("Task_InvestigationPlan", "Task_TellVictimOfficer");
        Task plan = task("Task_InvestigationPlan", pi);
        assertThat(plan).hasCandidateGroup("ecu-investigations").isNotAssigned();
        assertThat(plan.getPriority()).as("triage priority carried").isEqualTo(80);
        complete(plan, withVariables("allocatedOfficer", "ecu.officer2"));
        complete(task("Task_TellVictimOfficer", pi));
        assertThat(task("Task_RecordOutcome", pi)).isAssignedTo("ecu.officer2");
    }

    @Test
    void shouldAllocateToAnArea_whoseTeamAcceptsItBeforePlanning() {
        ProcessInstance pi = receive("NFIB3A", "2000", null);

        complete(task(pi), withVariables("triageDecision", "ALLOCATE_AREA", "allocatedTeam", "lpa-coventry",
                "allocatedOfficer", null));

        assertThat(pi).isWaitingAt("Task_AcceptAllocation");
        assertThat(task(pi)).hasCandidateGroup("lpa-coventry");
        complete(task(pi));
        assertThat(pi).isWaitingAt("Task_InvestigationPlan", "Task_TellVictimOfficer");
        assertThat(task("Task_InvestigationPlan", pi)).hasCandidateGroup("lpa-coventry").isNotAssigned();
    }

    @Test
    void shouldSendAnAllocationTheAreaRefusesBackToTriage() {
        ProcessInstance pi = receive("NFIB3A", "2000", null);
        complete(task(pi), withVariables("triageDecision", "ALLOCATE_AREA", "allocatedTeam", "lpa-coventry",
                "allocatedOfficer", null));

        complete(task(pi), withVariables("allocationRefused", true, "allocatedTeam", null));

        assertThat(pi).hasPassed("Gateway_AllocationAccepted").isWaitingAt("Task_Triage")
                .hasNotPassed("Task_InvestigationPlan");
        assertThat(task(pi)).hasCandidateGroup("ecu-triage");
        complete(task(pi), withVariables("triageDecision", "ALLOCATE_AREA", "allocatedTeam", "lpa-dudley"));
        assertThat(task(pi)).hasDefinitionKey("Task_AcceptAllocation").hasCandidateGroup("lpa-dudley");
        complete(task(pi), withVariables("allocationRefused", false));
        assertThat(pi).isWaitingAt("Task_InvestigationPlan", "Task_TellVictimOfficer");
    }

    @Test
    void shouldAskTheNewOfficerInChargeToTellTheVictim_within7DaysOfTheChange_andSendLaterTasksToThem() {
        ClockUtil.setCurrentTime(at(2026, 3, 2));
        ProcessInstance pi = receive("NFIB3A", "2000", null);
        complete(task(pi), withVariables("triageDecision", "ALLOCATE_ECU", "allocatedTeam", "ecu-investigations",
                "allocatedOfficer", "ecu.officer"));

        runtimeService().setVariable(pi.getId(), "allocatedOfficer", "ecu.officer2");
        runtimeService().createMessageCorrelation("OfficerInChargeChanged").processInstanceId(pi.getId()).correlate();

        assertThat(pi).isWaitingAt("Task_InvestigationPlan", "Task_TellVictimOfficer", "Task_TellVictimNewOfficer");
        Task tell = task("Task_TellVictimNewOfficer", pi);
        assertThat(tell).hasName("Tell victim about new officer").isAssignedTo("ecu.officer2");
        assertThat(dueDay(tell)).isEqualTo(LocalDate.of(2026, 3, 9));
        complete(tell);
        assertThat(pi).hasPassed("EndEvent_VictimToldNewOfficer");

        complete(task("Task_InvestigationPlan", pi));
        assertThat(task("Task_RecordOutcome", pi)).isAssignedTo("ecu.officer2");
    }

    @Test
    void shouldPutAnAmendmentInFrontOfTheOfficerHoldingTheCase() {
        ProcessInstance pi = receive("NFIB3A", "2000", null);
        complete(task(pi), withVariables("triageDecision", "ALLOCATE_ECU", "allocatedTeam", "ecu-investigations",
                "allocatedOfficer", "ecu.officer", "taskPriority", 80));

        resend(pi, "2500");

        Task review = task("Task_ReviewAmendment", pi);
        assertThat(review).isAssignedTo("ecu.officer");
        assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId())
                .taskCandidateGroup("ecu-investigations").includeAssignedTasks().count()).as("the team can see it too").isEqualTo(1);
        assertThat(review.getPriority()).as("the case's priority carried").isEqualTo(80);
    }

    @Test
    void shouldPutAnAmendmentToAnAreaCaseInTheAreaTeamsQueue() {
        ProcessInstance pi = receive("NFIB3A", "2000", null);
        complete(task(pi), withVariables("triageDecision", "ALLOCATE_AREA", "allocatedTeam", "lpa-coventry",
                "allocatedOfficer", null));

        resend(pi, "2100");

        assertThat(task("Task_ReviewAmendment", pi)).hasCandidateGroup("lpa-coventry").isNotAssigned();
        assertThat(pi).isWaitingAt("Task_AcceptAllocation", "Task_ReviewAmendment");
    }
}
