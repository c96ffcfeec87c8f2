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
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.police.ecu.casework.ProcessTest;

/**
 * The paths of {@code processes/fraud-triage.bpmn} for recording the outcome and telling the victim of it, offering
 * a personal statement on a charge, and telling the victim of each case event.
 */
@ProcessTest
class FraudTriageOutcomeProcessTest extends FraudTriageProcessTestSupport {

    @Test
    void shouldTellTheVictimOfNoFurtherActionWithin5WorkingDaysOfTheDecision_thenFinalise() {
        ProcessInstance pi = toOutcome();
        ClockUtil.setCurrentTime(at(2026, 3, 23));

        complete(task(pi), withVariables("outcomeDecision", "NO_FURTHER_ACTION", "decisionAt", at(2026, 3, 18)));

        assertThat(pi).isWaitingAt("Task_TellVictimOfDecision");
        Task tell = task(pi);
        assertThat(tell).hasName("Tell victim of the decision").isAssignedTo("ecu.officer");
        // Five working days from the decision on Wednesday 18 March, not from its recording on 23 March.
        assertThat(dueDay(tell)).isEqualTo(LocalDate.of(2026, 3, 25));
        complete(tell);
        assertThat(pi).hasPassed("Gateway_Charged", "EndEvent_Finalised").hasNotPassed("Task_OfferPersonalStatement")
                .isEnded();
    }

    @Test
    void shouldTellTheVictimOfACharge_thenOfferAPersonalStatement_thenFinalise() {
        ProcessInstance pi = toOutcome();
        ClockUtil.setCurrentTime(at(2026, 3, 23));

        complete(task(pi), withVariables("outcomeDecision", "CHARGE", "decisionAt", at(2026, 3, 20)));

        assertThat(pi).isWaitingAt("Task_TellVictimOfDecision");
        assertThat(dueDay(task(pi))).isEqualTo(LocalDate.of(2026, 3, 27));
        complete(task(pi));
        assertThat(pi).isWaitingAt("Task_OfferPersonalStatement");
        Task offer = task(pi);
        assertThat(offer).hasName("Offer victim personal statement").isAssignedTo("ecu.officer");
        assertThat(dueDay(offer)).as("the same 5 working days from the charge").isEqualTo(LocalDate.of(2026, 3, 27));
        complete(offer);
        assertThat(pi).hasPassed("Gateway_Charged", "Task_OfferPersonalStatement", "EndEvent_Finalised").isEnded();
    }

    @Test
    void shouldTellTheVictimOfAnOutOfCourtDisposal_withNoStatementOffer() {
        ProcessInstance pi = toOutcome();
        ClockUtil.setCurrentTime(at(2026, 3, 23));

        complete(task(pi), withVariables("outcomeDecision", "OUT_OF_COURT_DISPOSAL", "decisionAt", at(2026, 3, 23)));

        assertThat(pi).isWaitingAt("Task_TellVictimOfDecision");
        assertThat(dueDay(task(pi))).isEqualTo(LocalDate.of(2026, 3, 30));
        complete(task(pi));
        assertThat(pi).hasPassed("Gateway_Charged").hasNotPassed("Task_OfferPersonalStatement").isEnded();
    }

    @Test
    void shouldOfferAPersonalStatementAfterALoggedCharge_dueIn5WorkingDaysOfIt_butNotAfterOtherEvents() {
        ProcessInstance pi = toOutcome();
        ClockUtil.setCurrentTime(at(2026, 3, 23));

        runtimeService().createMessageCorrelation("CaseEventLogged").processInstanceBusinessKey(pi.getBusinessKey())
                .setVariableLocal("caseEventType", "ARREST").setVariableLocal("caseEventAt", at(2026, 3, 19))
                .correlate();
        complete(task("Task_TellVictimOfEvent", pi));
        assertThat(pi).hasPassed("EndEvent_VictimToldOfEvent").hasNotPassed("Task_OfferPersonalStatementOnCharge");

        runtimeService().createMessageCorrelation("CaseEventLogged").processInstanceBusinessKey(pi.getBusinessKey())
                .setVariableLocal("caseEventType", "CHARGE").setVariableLocal("caseEventAt", at(2026, 3, 20))
                .correlate();
        complete(task("Task_TellVictimOfEvent", pi));

        assertThat(pi).isWaitingAt("Task_RecordOutcome", "Task_OfferPersonalStatementOnCharge");
        Task offer = task("Task_OfferPersonalStatementOnCharge", pi);
        assertThat(offer).hasName("Offer victim personal statement").isAssignedTo("ecu.officer");
        assertThat(dueDay(offer)).as("5 working days from the charge on Friday 20 March").isEqualTo(LocalDate.of(2026, 3, 27));
        complete(offer);
        assertThat(pi).hasPassed("EndEvent_PersonalStatementOfferedOnCharge").isWaitingAt("Task_RecordOutcome");
    }

    @Test
    void shouldNotOfferASecondStatementOnAChargeOutcome_whileTheOfferAfterTheLoggedChargeIsOpen() {
        ProcessInstance pi = toOutcome();
        ClockUtil.setCurrentTime(at(2026, 3, 23));
        runtimeService().createMessageCorrelation("CaseEventLogged").processInstanceBusinessKey(pi.getBusinessKey())
                .setVariableLocal("caseEventType", "CHARGE").setVariableLocal("caseEventAt", at(2026, 3, 20))
                .correlate();
        complete(task("Task_TellVictimOfEvent", pi));

        complete(task("Task_RecordOutcome", pi), withVariables("outcomeDecision", "CHARGE", "decisionAt", at(2026, 3, 20)));
        complete(task("Task_TellVictimOfDecision", pi));

        assertThat(pi).hasNotPassed("Task_OfferPersonalStatement").isWaitingAt("Task_OfferPersonalStatementOnCharge");
        complete(task("Task_OfferPersonalStatementOnCharge", pi));
        assertThat(pi).isEnded();
    }

    @Test
    void shouldCreateAVictimUpdateForEachCaseEvent_dueIn5WorkingDays() {
        ClockUtil.setCurrentTime(at(2026, 4, 1));
        ProcessInstance pi = receive("NFIB3A", "2000", null);
        complete(task(pi), withVariables("triageDecision", "ALLOCATE_ECU", "allocatedTeam", "ecu-investigations",
                "allocatedOfficer", "ecu.officer"));

        runtimeService().createMessageCorrelation("CaseEventLogged").processInstanceBusinessKey(pi.getBusinessKey())
                .correlate();
        runtimeService().createMessageCorrelation("CaseEventLogged").processInstanceBusinessKey(pi.getBusinessKey())
                .correlate();

        assertThat(pi).isWaitingAt("Task_InvestigationPlan", "Task_TellVictimOfficer", "Task_TellVictimOfEvent");
        List<Task> updates = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_TellVictimOfEvent").list();
        assertThat(updates).hasSize(2);
        // 1 April 2026 + 5 working days, skipping Good Friday (3 April) and Easter Monday (6 April).
        assertThat(dueDay(updates.get(0))).isEqualTo(LocalDate.of(2026, 4, 10));
        complete(updates.get(0));
        assertThat(pi).isWaitingAt("Task_TellVictimOfEvent");
    }
}
