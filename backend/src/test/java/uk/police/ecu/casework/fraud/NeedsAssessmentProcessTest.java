package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.police.ecu.casework.ProcessEngineFixture.at;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.ecu.casework.ProcessTest;
import uk.police.ecu.casework.fraud.Dissemination.VictimType;
import uk.police.ecu.casework.security.RunAs;

/**
 * The re-assessment of the victim's needs ({@code SubProcess_NeedsChanged} of {@code processes/fraud-triage.bpmn}):
 * each recorded change raises a {@code Task_ReassessNeeds} for the officer holding the case (the triage team before
 * allocation), alongside the rest of the case, and completing it ends that re-assessment only.
 */
@ProcessTest
class NeedsAssessmentProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    FraudTriageService triage;
    @Autowired
    RunAs runAs;

    @BeforeEach
    void startOnAMonday() {
        ClockUtil.setCurrentTime(at(2026, 3, 2));
    }

    @Test
    void shouldAskTheOfficerInChargeToReassess_whenTheVictimsNeedsChange_withoutStoppingTheInvestigation() {
        ProcessInstance pi = received();
        complete(task("Task_Triage", pi), withVariables("triageDecision", "ALLOCATE_ECU",
                "allocatedTeam", "ecu-investigations", "allocatedOfficer", "ecu.officer"));

        needsChanged(pi);

        assertThat(pi).isWaitingAt("Task_InvestigationPlan", "Task_TellVictimOfficer", "Task_ReassessNeeds");
        Task reassess = task("Task_ReassessNeeds", pi);
        assertThat(reassess).hasName("Re-assess victim's needs").isAssignedTo("ecu.officer");
        assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ReassessNeeds")
                .taskCandidateGroup("ecu-investigations").includeAssignedTasks().count()).isEqualTo(1);

        complete(reassess);

        assertThat(pi).hasPassed("EndEvent_NeedsReassessed").isWaitingAt("Task_InvestigationPlan",
                "Task_TellVictimOfficer");
        assertThat(pi).isNotWaitingAt("Task_ReassessNeeds");
    }

    @Test
    void shouldRaiseOneReassessmentPerChange() {
        ProcessInstance pi = received();
        complete(task("Task_Triage", pi), withVariables("triageDecision", "ALLOCATE_ECU",
                "allocatedTeam", "ecu-investigations", "allocatedOfficer", "ecu.officer"));

        needsChanged(pi);
        needsChanged(pi);

        List<Task> reassessments = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ReassessNeeds")
                .list();
        assertThat(reassessments).hasSize(2);
        complete(reassessments.get(0));
        assertThat(pi).isWaitingAt("Task_ReassessNeeds");
    }

    @Test
    void shouldGiveTheReassessmentToTheTriageTeam_beforeTheCaseIsAllocated() {
        ProcessInstance pi = received();

        needsChanged(pi);

        assertThat(pi).isWaitingAt("Task_Triage", "Task_ReassessNeeds");
        Task reassess = task("Task_ReassessNeeds", pi);
        assertThat(reassess).hasCandidateGroup("ecu-triage");
        assertThat(reassess.getAssignee()).isNull();
    }

    private void needsChanged(ProcessInstance pi) {
        runtimeService().createMessageCorrelation(NeedsAssessments.NEEDS_CHANGED).processInstanceId(pi.getId())
                .correlate();
    }

    private ProcessInstance received() {
        String reference = "NFRC-NP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        FraudTriageService.Received received = runAs.user("ecu.officer", () -> triage.receive(new Dissemination(
                reference, LocalDate.of(2026, 2, 27), "NFIB3A", VictimType.INDIVIDUAL, "Test Victim",
                LocalDate.of(1980, 1, 1), null, null, null, new BigDecimal("2000"), null, null, null, null)));
        return runtimeService().createProcessInstanceQuery().processInstanceId(received.processInstanceId())
                .singleResult();
    }
}
