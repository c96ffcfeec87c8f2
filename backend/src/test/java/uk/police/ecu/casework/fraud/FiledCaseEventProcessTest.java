package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.police.ecu.casework.ProcessEngineFixture.at;
import static uk.police.ecu.casework.ProcessEngineFixture.dueDay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.ecu.casework.ProcessTest;
import uk.police.ecu.casework.fraud.Dissemination.VictimType;
import uk.police.ecu.casework.security.RunAs;

/**
 * Every path of {@code processes/filed-case-event.bpmn}: an event on a filed or finalised case is told to the
 * victim where the Code asks, and one that needs action is reviewed: kept filed, or reopened for triage.
 */
@ProcessTest
class FiledCaseEventProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    FraudTriageService triage;

    @Autowired
    CrimeRepository crimes;

    @Autowired
    RunAs runAs;

    @BeforeEach
    void startOnAMonday() {
        // Monday 2 March 2026, 10:00.
        ClockUtil.setCurrentTime(at(2026, 3, 2));
    }

    @Test
    void shouldAskTheTriageTeamToTellTheVictimOfAnArrest_andASupervisorToReviewIt_thenKeepItFiled() {
        String reference = closedCase();
        ProcessInstance pi = eventOnClosedCase(reference, "ARREST", true, true, null);

        assertThat(pi).isWaitingAt("Task_TellVictimOfEvent", "Task_ReviewFiledCaseEvent");
        assertThat(task("Task_TellVictimOfEvent", pi)).hasCandidateGroup("ecu-triage").isNotAssigned();
        // Arrested on Friday 27 February: 5 working days from then, not from logging.
        assertThat(dueDay(task("Task_TellVictimOfEvent", pi)))
                .isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(task("Task_ReviewFiledCaseEvent", pi)).hasCandidateGroup("ecu-supervisors").isNotAssigned();

        complete(task("Task_ReviewFiledCaseEvent", pi), withVariables("reviewDecision", "KEEP_FILED"));
        assertThat(pi).isWaitingAt("Task_TellVictimOfEvent");
        complete(task("Task_TellVictimOfEvent", pi));

        assertThat(pi).hasPassed("Gateway_ReviewDecision", "EndEvent_EventDealtWith").hasNotPassed("Task_ReopenCase")
                .isEnded();
        assertThat(crimes.find(reference).orElseThrow().status()).isEqualTo("FINALISED");
    }

    @Test
    void shouldReopenACaseAtTriage_withItsOutcomeNoLongerStanding() {
        String reference = closedCase();
        ProcessInstance pi = eventOnClosedCase(reference, "CHARGE", true, true, null);

        complete(task("Task_ReviewFiledCaseEvent", pi), withVariables("reviewDecision", "REOPEN"));

        assertThat(pi).hasPassed("Task_ReopenCase").isWaitingAt("Task_TellVictimOfEvent");
        ProcessInstance reopened = runtimeService().createProcessInstanceQuery().processDefinitionKey("fraud-triage")
                .processInstanceBusinessKey(reference).singleResult();
        assertThat(reopened).isWaitingAt("Task_Triage");
        assertThat(task(reopened)).hasCandidateGroup("ecu-triage");
        Crime crime = crimes.find(reference).orElseThrow();
        assertThat(crime.status()).isEqualTo("RETURNED_TO_TRIAGE");
        assertThat(crime.finalisedAt()).isNull();
        assertThat(crime.outcomeCode()).isNull();

        complete(task("Task_TellVictimOfEvent", pi));
        assertThat(pi).hasPassed("EndEvent_EventDealtWith").isEnded();
    }

    @Test
    void shouldOnlyTellTheVictimOfAnInterview_withNoReview_byTheOfficerWhoHeldTheCase() {
        String reference = closedCase();
        ProcessInstance pi = eventOnClosedCase(reference, "INTERVIEW_UNDER_CAUTION", true, false,
                "ecu.officer");

        assertThat(pi).isWaitingAt("Task_TellVictimOfEvent").hasPassed("Gateway_ReviewDone");
        assertThat(task(pi)).isAssignedTo("ecu.officer");
        assertThat(taskService().getIdentityLinksForTask(task(pi).getId())).extracting(IdentityLink::getGroupId)
                .contains("ecu-investigations");
        complete(task(pi));

        assertThat(pi).hasPassed("EndEvent_EventDealtWith").isEnded();
    }

    @Test
    void shouldPutNewInformationBeforeASupervisorOnly_withNoVictimUpdate() {
        String reference = closedCase();
        ProcessInstance pi = eventOnClosedCase(reference, "NEW_INFORMATION", false, true, null);

        assertThat(pi).isWaitingAt("Task_ReviewFiledCaseEvent").hasPassed("Gateway_VictimUpdateDone");
        complete(task(pi), withVariables("reviewDecision", "KEEP_FILED"));

        assertThat(pi).hasNotPassed("Task_TellVictimOfEvent").hasPassed("EndEvent_EventDealtWith").isEnded();
    }

    @Test
    void shouldEndAtOnce_whenNeitherAnUpdateNorAReviewIsNeeded() {
        ProcessInstance pi = eventOnClosedCase(closedCase(), "NEW_INFORMATION", false, false, null);

        assertThat(pi).hasPassed("Gateway_VictimUpdateDone", "Gateway_ReviewDone", "EndEvent_EventDealtWith")
                .hasNotPassed("Task_TellVictimOfEvent", "Task_ReviewFiledCaseEvent").isEnded();
    }

    @Test
    void shouldPutAnNfibAmendmentToAClosedCaseBeforeASupervisorOnly_whoReopensItAtTriage() {
        String reference = closedCase();

        FraudTriageService.Received amended = resend(reference, "750");

        ProcessInstance pi = runtimeService().createProcessInstanceQuery().processDefinitionKey("filed-case-event")
                .processInstanceBusinessKey(reference).singleResult();
        assertThat(pi).isWaitingAt("Task_ReviewFiledCaseEvent").hasPassed("Gateway_VictimUpdateDone")
                .hasNotPassed("Task_TellVictimOfEvent");
        assertThat(task(pi)).hasCandidateGroup("ecu-supervisors").isNotAssigned();
        assertThat(runtimeService().getVariable(pi.getId(), "amendmentId")).isEqualTo(amended.amendment().id());
        assertThat(runtimeService().getVariable(pi.getId(), "caseEventType")).isEqualTo("AMENDED_DISSEMINATION");
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("amendment-review")
                .processInstanceBusinessKey(reference).count()).as("the triage team's acknowledgement is retired")
                .isZero();

        complete(task(pi), withVariables("reviewDecision", "REOPEN"));

        assertThat(pi).hasPassed("Task_ReopenCase", "EndEvent_EventDealtWith").isEnded();
        ProcessInstance reopened = runtimeService().createProcessInstanceQuery().processDefinitionKey("fraud-triage")
                .processInstanceBusinessKey(reference).singleResult();
        assertThat(reopened).isWaitingAt("Task_Triage");
        Crime crime = crimes.find(reference).orElseThrow();
        assertThat(crime.status()).isEqualTo("RETURNED_TO_TRIAGE");
        assertThat(crime.lossGbp()).isEqualByComparingTo("750");
    }

    @Test
    void shouldKeepAClosedCaseClosedAfterAnNfibAmendment_whenTheSupervisorSaysSo() {
        String reference = closedCase();
        resend(reference, "650");
        ProcessInstance pi = runtimeService().createProcessInstanceQuery().processDefinitionKey("filed-case-event")
                .processInstanceBusinessKey(reference).singleResult();

        complete(task("Task_ReviewFiledCaseEvent", pi), withVariables("reviewDecision", "KEEP_FILED"));

        assertThat(pi).hasNotPassed("Task_ReopenCase").hasPassed("EndEvent_EventDealtWith").isEnded();
        assertThat(crimes.find(reference).orElseThrow().status()).isEqualTo("FINALISED");
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("fraud-triage")
                .processInstanceBusinessKey(reference).count()).isZero();
    }

    /** NFIB sends the crime again with a different loss, as an import would. */
    private FraudTriageService.Received resend(String reference, String loss) {
        Crime known = crimes.find(reference).orElseThrow();
        return runAs.user("ecu.officer", () -> triage.receive(new Dissemination(
                reference, known.reportedDate(), known.originalNfibCode(), VictimType.INDIVIDUAL, "Test Victim " + reference,
                LocalDate.of(1980, 1, 1), null, null, null, new BigDecimal(loss), null, null, null, null)));
    }

    /** A crime filed at triage whose process has ended. */
    private String closedCase() {
        String reference = "NFRC-FC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        FraudTriageService.Received received = runAs.user("ecu.officer", () -> triage.receive(new Dissemination(
                reference, LocalDate.of(2026, 2, 2), "NFIB3A", VictimType.INDIVIDUAL, "Test Victim " + reference,
                LocalDate.of(1980, 1, 1), null, null, null, new BigDecimal("500"), null, null, null, null)));
        runtimeService().deleteProcessInstance(received.processInstanceId(), "filed in an earlier release");
        crimes.finalise(reference, "18", "18", LocalDate.of(2026, 2, 10));
        return reference;
    }

    private ProcessInstance eventOnClosedCase(String reference, String type, boolean victimToBeTold,
                                              boolean reviewNeeded, String officer) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseEventId", 1L);
        variables.put("caseEventType", type);
        variables.put("caseEventAt", at(2026, 2, 27, 9));
        variables.put("victimToBeTold", victimToBeTold);
        variables.put("reviewNeeded", reviewNeeded);
        variables.put("allocatedTeam", officer == null ? null : "ecu-investigations");
        variables.put("allocatedOfficer", officer);
        variables.put("victimsCodeVersion", "VC2020");
        variables.put("filedBy", "ecu.officer");
        return runtimeService().startProcessInstanceByKey("filed-case-event", reference, variables);
    }
}
