package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.IntegrationTest;
import uk.police.ecu.casework.fraud.Dissemination.VictimType;
import uk.police.ecu.casework.security.RunAs;

/** Every path of {@code processes/fraud-triage.bpmn}, on the application's own engine and database. */
@IntegrationTest
class FraudTriageProcessTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @RegisterExtension
    final ProcessEngineExtension camunda;
    private final ProcessEngine engine;

    @Autowired
    FraudTriageService triage;

    @Autowired
    CrimeRepository crimes;

    @Autowired
    RunAs runAs;

    @Autowired
    JdbcClient jdbc;

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
    void shouldSendAnNfib90ReportToRecategorisationBeforeTriage() {
        ProcessInstance pi = receive("NFIB90", "500", null);

        assertThat(pi).isWaitingAt("Task_Recategorise");
        assertThat(task(pi)).hasCandidateGroup("ecu-triage");
        complete(task(pi), withVariables("nfibCode", "NFIB3A"));

        assertThat(pi).isWaitingAt("Task_Triage");
    }

    @Test
    void shouldSendACodeMissingFromTheReferenceListToRecategorisation() {
        ProcessInstance pi = receive("NFIB99Z", "500", null);

        assertThat(pi).isWaitingAt("Task_Recategorise");
        assertThat(crimes.find(pi.getBusinessKey()).orElseThrow().nfibCodeUnknown()).isTrue();
    }

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
        assertThat(dueDate(tellVictim)).isEqualTo(LocalDate.of(2026, 3, 6));

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
    void shouldTellTheVictimOfNoFurtherActionWithin5WorkingDaysOfTheDecision_thenFinalise() {
        ProcessInstance pi = toOutcome();
        ClockUtil.setCurrentTime(at(2026, 3, 23));

        complete(task(pi), withVariables("outcomeDecision", "NO_FURTHER_ACTION", "decisionAt", at(2026, 3, 18)));

        assertThat(pi).isWaitingAt("Task_TellVictimOfDecision");
        Task tell = task(pi);
        assertThat(tell).hasName("Tell victim of the decision").isAssignedTo("ecu.officer");
        // Five working days from the decision on Wednesday 18 March, not from its recording on 23 March.
        assertThat(dueDate(tell)).isEqualTo(LocalDate.of(2026, 3, 25));
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
        assertThat(dueDate(task(pi))).isEqualTo(LocalDate.of(2026, 3, 27));
        complete(task(pi));
        assertThat(pi).isWaitingAt("Task_OfferPersonalStatement");
        Task offer = task(pi);
        assertThat(offer).hasName("Offer victim personal statement").isAssignedTo("ecu.officer");
        assertThat(dueDate(offer)).as("the same 5 working days from the charge").isEqualTo(LocalDate.of(2026, 3, 27));
        complete(offer);
        assertThat(pi).hasPassed("Gateway_Charged", "Task_OfferPersonalStatement", "EndEvent_Finalised").isEnded();
    }

    @Test
    void shouldTellTheVictimOfAnOutOfCourtDisposal_withNoStatementOffer() {
        ProcessInstance pi = toOutcome();
        ClockUtil.setCurrentTime(at(2026, 3, 23));

        complete(task(pi), withVariables("outcomeDecision", "OUT_OF_COURT_DISPOSAL", "decisionAt", at(2026, 3, 23)));

        assertThat(pi).isWaitingAt("Task_TellVictimOfDecision");
        assertThat(dueDate(task(pi))).isEqualTo(LocalDate.of(2026, 3, 30));
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
        assertThat(dueDate(offer)).as("5 working days from the charge on Friday 20 March").isEqualTo(LocalDate.of(2026, 3, 27));
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

    /** A case allocated to ecu.officer, planned and its victim told who is investigating: waiting for its outcome. */
    private ProcessInstance toOutcome() {
        ClockUtil.setCurrentTime(at(2026, 3, 2));
        ProcessInstance pi = receive("NFIB3A", "2000", null, LocalDate.of(1980, 1, 1), LocalDate.of(2026, 2, 27));
        complete(task(pi), withVariables("triageDecision", "ALLOCATE_ECU", "allocatedTeam", "ecu-investigations",
                "allocatedOfficer", "ecu.officer"));
        complete(task("Task_InvestigationPlan", pi));
        complete(task("Task_TellVictimOfficer", pi));
        assertThat(pi).isWaitingAt("Task_RecordOutcome");
        return pi;
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
        assertThat(dueDate(tell)).isEqualTo(LocalDate.of(2026, 3, 9));
        complete(tell);
        assertThat(pi).hasPassed("EndEvent_VictimToldNewOfficer");

        complete(task("Task_InvestigationPlan", pi));
        assertThat(task("Task_RecordOutcome", pi)).isAssignedTo("ecu.officer2");
    }

    @Test
    void shouldEndACrimeReturnedToNfibAtTriage_withNoFurtherTask() {
        ProcessInstance pi = receive("NFIB3A", "2000", null);

        complete(task(pi), withVariables("triageDecision", "RETURN_TO_NFIB", "allocatedTeam", null));

        assertThat(pi).hasPassed("EndEvent_ReturnedToNfib").isEnded();
    }

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
        assertThat(dueDate(task(pi))).isEqualTo(LocalDate.of(2026, 3, 11));

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
    void shouldKeepTheVictimsAgeOutOfTheEngineUntilFilingIsProposed_thenWeighItFromTheCrime() {
        ProcessInstance pi = receive("NFIB3A", "50", null, LocalDate.of(1950, 6, 1));
        assertThat(runtimeService().getVariables(pi.getId())).doesNotContainKeys("victimAge", "lossGbp", "ndmScore");

        complete(task(pi), withVariables("triageDecision", "FILE", "filingOutcomeCode", "18"));

        assertThat(pi).isWaitingAt("Task_ApproveFiling");
        assertThat(runtimeService().getVariables(pi.getId())).containsEntry("victimAge", 75);
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
        assertThat(dueDate(task(standard))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(dueDate(task(enhanced))).isEqualTo(LocalDate.of(2026, 12, 24));
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
        assertThat(dueDate(updates.get(0))).isEqualTo(LocalDate.of(2026, 4, 10));
        complete(updates.get(0));
        assertThat(pi).isWaitingAt("Task_TellVictimOfEvent");
    }

    @Test
    void shouldAskTheTriageTeamToReviewAnAmendmentBeforeTriage_besideTheTriageTask() {
        ProcessInstance pi = receive("NFIB3A", "640", null);

        FraudTriageService.Received amended = resend(pi, "900");

        assertThat(amended.duplicate()).isFalse();
        assertThat(amended.amendment().summary()).isEqualTo("loss £640 → £900");
        assertThat(crimes.find(pi.getBusinessKey()).orElseThrow().lossGbp()).isEqualByComparingTo("900");
        assertThat(pi).isWaitingAt("Task_Triage", "Task_ReviewAmendment");
        Task review = task("Task_ReviewAmendment", pi);
        assertThat(review).hasName("Review NFIB amendment").hasCandidateGroup("ecu-triage").isNotAssigned();
        assertThat(runtimeService().getVariable(review.getExecutionId(), "amendmentId"))
                .isEqualTo(amended.amendment().id());

        complete(review);
        assertThat(pi).isWaitingAt("Task_Triage").hasPassed("EndEvent_AmendmentReviewed");
    }

    @Test
    void shouldStartNothingWhenTheSameCrimeIsSentAgainUnchanged() {
        ProcessInstance pi = receive("NFIB3A", "640", null);

        FraudTriageService.Received again = resend(pi, "640");

        assertThat(again.duplicate()).isTrue();
        assertThat(again.amendment()).isNull();
        assertThat(pi).isWaitingAt("Task_Triage");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
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

    private FraudTriageService.Received resend(ProcessInstance pi, String loss) {
        Crime known = crimes.find(pi.getBusinessKey()).orElseThrow();
        return runAs.user("ecu.officer", () -> triage.receive(new Dissemination(
                known.crimeReference(), known.reportedDate(), known.originalNfibCode(), VictimType.INDIVIDUAL,
                known.victimName(), known.victimDateOfBirth(), null, null, null, new BigDecimal(loss),
                known.ndmScore(), null, null, null)));
    }

    private ProcessInstance receive(String nfibCode, String loss, Integer ndmScore) {
        return receive(nfibCode, loss, ndmScore, LocalDate.of(1980, 1, 1));
    }

    private ProcessInstance receive(String nfibCode, String loss, Integer ndmScore, LocalDate victimBorn) {
        return receive(nfibCode, loss, ndmScore, victimBorn, LocalDate.of(2026, 1, 5));
    }

    private ProcessInstance receive(String nfibCode, String loss, Integer ndmScore, LocalDate victimBorn,
                                    LocalDate reported) {
        String reference = "NFRC-PT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        FraudTriageService.Received received = runAs.user("ecu.officer", () -> triage.receive(new Dissemination(
                // A victim of this crime only, so no other test's crimes make them a repeat victim.
                reference, reported, nfibCode, VictimType.INDIVIDUAL, "Test Victim " + reference, victimBorn, null,
                null, null, new BigDecimal(loss), ndmScore, null, null, null)));
        return runtimeService().createProcessInstanceQuery().processInstanceId(received.processInstanceId())
                .singleResult();
    }

    private static Date at(int year, int month, int day) {
        return Date.from(LocalDate.of(year, month, day).atTime(10, 0).atZone(LONDON).toInstant());
    }

    private static LocalDate dueDate(Task task) {
        return LocalDate.ofInstant(task.getDueDate().toInstant(), LONDON);
    }
}
