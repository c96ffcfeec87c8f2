package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.police.ecu.casework.ProcessEngineFixture.at;
import static uk.police.ecu.casework.ProcessEngineFixture.dueDay;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import uk.police.ecu.casework.ProcessTest;

/**
 * The paths of {@code processes/fraud-triage.bpmn} for filing a crime at triage, with a supervisor's approval where
 * the loss or the victim needs it, telling the victim it will not be investigated, and an amendment to a filed
 * case.
 */
@ProcessTest
class FraudTriageFilingProcessTest extends FraudTriageProcessTestSupport {

    @Test
    void shouldFileALowLossCrimeWithoutApproval_finaliseIt_andTellTheVictimWithin5WorkingDays() {
        ClockUtil.setCurrentTime(at(2026, 3, 4));
        ProcessInstance pi = receive("NFIB3A", "120", 2);

        complete(task(pi), withVariables("triageDecision", "FILE", "filingOutcomeCode", "18"));

        assertThat(pi).hasPassed("Task_DecideFilingApproval", "Task_FinaliseFiled")
                .hasNotPassed("Task_ApproveFiling")
                .isWaitingAt("Task_TellVictimNotInvestigated");
        Crime crime = crimes.find(pi.getBusinessKey()).orElseThrow();
        assertThat(crime.status()).isEqualTo("FINALISED");
        assertThat(crime.homeOfficeOutcome()).isEqualTo("18");
        assertThat(dueDay(task(pi))).isEqualTo(LocalDate.of(2026, 3, 11));

        complete(task(pi));
        assertThat(pi).hasPassed("EndEvent_Filed").isEnded();
    }

    @Test
    void shouldNeedApprovalToFileAHighLoss_andLetTheSupervisorSendItBackToTriage() {
        ProcessInstance pi = receive("NFIB2A", "10000", 3);

        complete(task(pi), withVariables("triageDecision", "FILE", "filingOutcomeCode", "18"));
        assertThat(pi).isWaitingAt("Task_ApproveFiling");
        assertThat(task(pi)).hasCandidateGroup("ecu-supervisors");

        complete(task(pi), withVariables("filingApproved", false, "filingReturnComment", "Check the bank details"));
        assertThat(pi).isWaitingAt("Task_Triage");
        assertThat(crimes.find(pi.getBusinessKey()).orElseThrow().status()).isNotEqualTo("FINALISED");

        complete(task(pi), withVariables("triageDecision", "FILE", "filingOutcomeCode", "18"));
        complete(task(pi), withVariables("filingApproved", true));
        assertThat(pi).hasPassed("Task_FinaliseFiled").isWaitingAt("Task_TellVictimNotInvestigated");
    }

    @Test
    void shouldNeedApprovalToFileWhenTheVictimIsVulnerable() {
        ProcessInstance pi = receive("NFIB3A", "50", 7);

        complete(task(pi), withVariables("triageDecision", "FILE", "filingOutcomeCode", "18"));

        assertThat(pi).isWaitingAt("Task_ApproveFiling");
    }

    @Test
    void shouldNeedApprovalToFileWhenTheVictimsVulnerabilityWasNeverAssessed_sayingSo() {
        ProcessInstance pi = receive("NFIB3A", "50", null);

        complete(task(pi), withVariables("triageDecision", "FILE", "filingOutcomeCode", "18"));

        assertThat(pi).isWaitingAt("Task_ApproveFiling");
        assertThat(runtimeService().getVariable(pi.getId(), "filingApproval"))
                .isEqualTo(Map.of("approvalRequired", true, "reason", "Vulnerability (NDM score) not recorded"));
    }

    @Test
    void shouldKeepTheVictimsAgeOutOfTheEngineVariables_andWeighItFromTheCrimeWhenFilingIsProposed() {
        ProcessInstance pi = receive("NFIB3A", "50", null, LocalDate.of(1950, 6, 1));
        assertThat(runtimeService().getVariables(pi.getId())).doesNotContainKeys("victimAge", "lossGbp", "ndmScore");

        complete(task(pi), withVariables("triageDecision", "FILE", "filingOutcomeCode", "18"));

        assertThat(pi).isWaitingAt("Task_ApproveFiling");
        assertThat(runtimeService().getVariables(pi.getId())).as("weighed, not kept")
                .doesNotContainKeys("victimAge", "lossGbp", "ndmScore", "victimType");
        assertThat(historyService().createHistoricDecisionInstanceQuery().processInstanceId(pi.getId()).includeInputs()
                .list()).flatExtracting(HistoricDecisionInstance::getInputs)
                .extracting(HistoricDecisionInputInstance::getValue).contains(75);
    }

    @Test
    void shouldWeighTheCrimesFactsOverOnesStoredBeforeTheyWereTransient() {
        ProcessInstance pi = receive("NFIB3A", "50", null, LocalDate.of(1950, 6, 1));
        // As a case whose filing was proposed, and sent back, before the facts were transient has them.
        runtimeService().setVariables(pi.getId(), Map.of("victimAge", 40, "lossGbp", 50.0, "victimType", "INDIVIDUAL"));

        complete(task(pi), withVariables("triageDecision", "FILE", "filingOutcomeCode", "18"));

        assertThat(pi).isWaitingAt("Task_ApproveFiling");
        assertThat(runtimeService().getVariables(pi.getId())).containsEntry("victimAge", 75)
                .doesNotContainKeys("ndmScore", "victimReports");
        assertThat(historyService().createHistoricDecisionInstanceQuery().processInstanceId(pi.getId()).includeInputs()
                .list()).flatExtracting(HistoricDecisionInstance::getInputs)
                .extracting(HistoricDecisionInputInstance::getValue).contains(75).doesNotContain(40);
    }

    @Test
    void shouldCountVictimUpdateDeadlinesInWorkingDaysPastChristmasAndBankHolidays() {
        ClockUtil.setCurrentTime(at(2026, 12, 23));
        ProcessInstance standard = receive("NFIB3A", "100", 1);
        complete(task(standard), withVariables("triageDecision", "FILE", "filingOutcomeCode", "18"));

        ProcessInstance enhanced = receive("NFIB3A", "100", 1);
        jdbc.sql("INSERT INTO victim_enhanced_rights (crime_reference, category, reason, assessed_by, assessed_at) "
                        + "VALUES (?, 'PERSISTENTLY_TARGETED', 'Targeted three times this year', 'ecu.officer', ?)")
                .params(enhanced.getBusinessKey(), ClockUtil.getCurrentTime()).update();
        complete(task(enhanced), withVariables("triageDecision", "FILE", "filingOutcomeCode", "18"));

        // 24 Dec, then 29, 30, 31 Dec and 4 Jan: Christmas, the Boxing Day substitute and New Year are skipped.
        assertThat(dueDay(task(standard))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(dueDay(task(enhanced))).isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void shouldPutAnAmendmentToAFiledCaseBeforeASupervisor_throughTheFiledCaseEventProcess() {
        ProcessInstance pi = receive("NFIB3A", "120", 2);
        complete(task(pi), withVariables("triageDecision", "FILE", "filingOutcomeCode", "18"));
        complete(task(pi));
        assertThat(pi).isEnded();

        FraudTriageService.Received amended = resend(pi, "130");

        ProcessInstance review = runtimeService().createProcessInstanceQuery().processDefinitionKey("filed-case-event")
                .processInstanceBusinessKey(pi.getBusinessKey()).singleResult();
        assertThat(review).isWaitingAt("Task_ReviewFiledCaseEvent");
        assertThat(task(review)).hasCandidateGroup("ecu-supervisors").isNotAssigned();
        assertThat(runtimeService().getVariable(review.getId(), "amendmentId")).isEqualTo(amended.amendment().id());
        assertThat(crimes.find(pi.getBusinessKey()).orElseThrow().lossGbp()).isEqualByComparingTo("130");
    }
}
