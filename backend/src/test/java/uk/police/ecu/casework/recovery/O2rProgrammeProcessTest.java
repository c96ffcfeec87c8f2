package uk.police.ecu.casework.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.ecu.casework.ProcessTest;
import uk.police.ecu.casework.security.RunAs;

/** Every path of {@code processes/o2r-programme.bpmn}, on the application's own engine and database. */
@ProcessTest
class O2rProgrammeProcessTest {

    @Autowired
    ProgrammeCalendar calendar;
    private LocalDate today;

    @Autowired
    ProcessEngine engine;

    @Autowired
    ParticipantService service;

    @Autowired
    ParticipantRepository participants;

    @Autowired
    FollowUpRepository followUps;

    @Autowired
    ReviewRepository reviews;

    @Autowired
    RunAs runAs;

    @BeforeEach
    void readToday() {
        today = calendar.today();
    }

    @Test
    void shouldEndAnIneligibleReferralWithEveryReasonRecorded() {
        String reference = refer("birmingham", LocalDate.of(2012, 1, 1), 1, ParticipantService.SubstanceMisuse.NONE);

        assertEndedAt(reference, "EndEvent_Ineligible");
        Participant p = participants.find(reference).orElseThrow();
        assertThat(p.status()).isEqualTo("INELIGIBLE");
        assertThat(p.ineligibilityReasons())
                .containsExactly("UNDER_18", "TOO_FEW_SHOP_THEFT_OFFENCES", "NO_SUBSTANCE_MISUSE_INDICATED");
    }

    @Test
    void shouldRefuseAReferralFromAnAreaNotYetLive() {
        String reference = refer("coventry", LocalDate.of(1990, 1, 1), 4, ParticipantService.SubstanceMisuse.DRUGS);

        assertEndedAt(reference, "EndEvent_Ineligible");
        assertThat(participants.find(reference).orElseThrow().ineligibilityReasons()).containsExactly("AREA_NOT_LIVE");
    }

    @Test
    void shouldShareTheJointAssessmentWithTheAreasTeams_andEndDeclinedWithoutConsent() {
        ProcessInstance pi = eligible();

        assertThat(pi).isWaitingAt("Task_JointAssessment");
        assertThat(participant(pi).status()).isEqualTo("AWAITING_ASSESSMENT");
        assertThat(task(pi)).hasCandidateGroup("o2r-birmingham").hasCandidateGroup("cgl-birmingham");
        complete(task(pi), withVariables("consented", false));

        assertThat(pi).hasPassed("EndEvent_Declined").isEnded();
    }

    @Test
    void shouldReviewEveryCadenceFromEnrolment_thenCompleteWhenTheProgrammeEnds_thenFollowUp() {
        ProcessInstance pi = enrolled();

        assertThat(pi).isWaitingAt("Task_ProgrammeReview", "Task_OffendingReview");
        assertThat(task("Task_ProgrammeReview", pi)).hasCandidateGroup("cgl-birmingham")
                .hasDueDate(calendar.startOf(today.plusDays(14)));
        assertThat(task("Task_OffendingReview", pi)).hasCandidateGroup("o2r-birmingham");
        completeReview(pi, 0, false);
        assertThat(task("Task_ProgrammeReview", pi)).hasDueDate(calendar.startOf(today.plusDays(28)));
        assertThat(reviews.of(pi.getBusinessKey())).extracting(Review::reviewNumber).containsExactly(2, 1);

        assertThat(job("BoundaryEvent_ProgrammeEnded", pi).getDuedate())
                .isEqualTo(calendar.startOf(today.plusMonths(12)));
        execute(job("BoundaryEvent_ProgrammeEnded", pi));

        assertThat(pi).hasPassed("Task_RecordExit").isWaitingAt("Timer_FollowUpDue");
        Participant p = participant(pi);
        assertThat(p.exitReason()).isEqualTo("COMPLETED");
        assertThat(p.exitDate()).isEqualTo(today.plusMonths(12));
        assertThat(followUps.of(pi.getBusinessKey())).extracting(FollowUpRepository.FollowUp::dueDate)
                .containsExactly(today.plusMonths(15), today.plusMonths(18), today.plusMonths(24));
        assertThat(job("Timer_FollowUpDue", pi).getDuedate()).isEqualTo(calendar.startOf(today.plusMonths(15)));
        execute(job("Timer_FollowUpDue", pi));
        assertThat(pi).isWaitingAt("Task_FollowUp");
        assertThat(task(pi)).hasCandidateGroup("o2r-birmingham").hasCandidateGroup("cgl-birmingham");
        complete(task(pi), withVariables("hasNextFollowUp", true, "followUpDueAt",
                calendar.startOf(today.plusMonths(18))));
        assertThat(pi).isWaitingAt("Timer_FollowUpDue");
        execute(job("Timer_FollowUpDue", pi));
        complete(task(pi), withVariables("hasNextFollowUp", false));

        assertThat(pi).hasPassed("EndEvent_FollowedUp").isEnded();
    }

    @Test
    void shouldExitAsDisengagedWhenReEngagementFailsAfterTwoMissedReviews() {
        ProcessInstance pi = enrolled();

        completeReview(pi, 1, false);
        assertThat(pi).isWaitingAt("Task_ProgrammeReview", "Task_OffendingReview");
        completeReview(pi, 2, false);
        assertThat(pi).isWaitingAt("Task_ReEngagement");
        complete(task(pi), withVariables("reEngaged", false));

        assertThat(pi).hasPassed("EndEvent_Disengaged", "Task_RecordExit").isWaitingAt("Timer_FollowUpDue");
        assertThat(participant(pi).exitReason()).isEqualTo("DISENGAGED");
        assertThat(participant(pi).exitDate()).isEqualTo(today);
    }

    @Test
    void shouldGoBackToReviewsWhenReEngagementWorks() {
        ProcessInstance pi = enrolled();

        completeReview(pi, 2, false);
        complete(task("Task_ReEngagement", pi), withVariables("reEngaged", true));

        assertThat(pi).isWaitingAt("Task_ProgrammeReview", "Task_OffendingReview");
        assertThat(runtimeService().getVariable(pi.getId(), "reviewNumber")).isEqualTo(2);
    }

    @Test
    void shouldLetTheOfficerEndParticipationAfterANewOffence() {
        ProcessInstance pi = enrolled();

        completeReview(pi, 0, true);
        assertThat(pi).isWaitingAt("Task_ReoffendingDecision");
        assertThat(task(pi)).hasCandidateGroup("o2r-birmingham");
        complete(task(pi), withVariables("reoffendingDecision", "EXIT"));

        assertThat(pi).hasPassed("EndEvent_Reoffended").isWaitingAt("Timer_FollowUpDue");
        assertThat(participant(pi).exitReason()).isEqualTo("REOFFENDED");
    }

    @Test
    void shouldContinueParticipationWhenTheOfficerDecidesSoAfterANewOffence() {
        ProcessInstance pi = enrolled();

        completeReview(pi, 0, true);
        complete(task("Task_ReoffendingDecision", pi), withVariables("reoffendingDecision", "CONTINUE"));

        assertThat(pi).isWaitingAt("Task_ProgrammeReview", "Task_OffendingReview");
        assertThat(participant(pi).status()).isEqualTo("ENROLLED");
    }

    @Test
    void shouldCheckForTwoMissedReviewsAfterTheOfficerDecidesToContinue() {
        ProcessInstance pi = enrolled();

        completeReview(pi, 2, true);
        complete(task("Task_ReoffendingDecision", pi), withVariables("reoffendingDecision", "CONTINUE"));

        assertThat(pi).isWaitingAt("Task_ReEngagement");
    }

    @ParameterizedTest
    @EnumSource(value = ParticipantService.ExitReason.class, names = {"DIED", "WITHDREW_CONSENT"},
            mode = EnumSource.Mode.EXCLUDE)
    void shouldEndParticipationAtAnyTimeForAnExitRecordedThroughTheApi(ParticipantService.ExitReason reason) {
        ProcessInstance pi = enrolled();

        runAs.user("o2r.officer", () -> service.recordExit(pi.getBusinessKey(),
                new ParticipantService.ExitRequest(reason, today, "Recorded by the officer")));

        assertThat(pi).hasPassed("BoundaryEvent_ExitRecorded", "Task_RecordExit").isWaitingAt("Timer_FollowUpDue");
        Participant p = participant(pi);
        assertThat(p.status()).isEqualTo("EXITED");
        assertThat(p.exitReason()).isEqualTo(reason.name());
        assertThat(p.exitNotes()).isEqualTo("Recorded by the officer");
    }

    @ParameterizedTest
    @EnumSource(value = ParticipantService.ExitReason.class, names = {"DIED", "WITHDREW_CONSENT"})
    void shouldPlanNoFollowUpsAfterAFinalExit(ParticipantService.ExitReason reason) {
        ProcessInstance pi = enrolled();

        runAs.user("o2r.officer", () -> service.recordExit(pi.getBusinessKey(),
                new ParticipantService.ExitRequest(reason, today, null)));

        assertThat(pi).hasPassed("Task_RecordExit", "EndEvent_FollowedUp").isEnded();
        assertThat(participant(pi).exitReason()).isEqualTo(reason.name());
        assertThat(followUps.of(pi.getBusinessKey())).isEmpty();
    }

    @Test
    void shouldNeverCompleteAParticipantInReEngagement_butCompleteThemWhenReEngagementWorks() {
        ProcessInstance pi = enrolled();
        completeReview(pi, 2, false);
        assertThat(pi).isWaitingAt("Task_ReEngagement");

        execute(job("BoundaryEvent_ProgrammeEnded", pi));

        assertThat(pi).hasPassed("Gateway_InReEngagement").isWaitingAt("Task_ReEngagementAtProgrammeEnd");
        assertThat(participant(pi).status()).isEqualTo("ENROLLED");
        assertThat(task(pi)).hasCandidateGroup("o2r-birmingham").hasCandidateGroup("cgl-birmingham");
        complete(task(pi), withVariables("reEngaged", true));

        assertThat(pi).hasPassed("Task_RecordExit").isWaitingAt("Timer_FollowUpDue");
        assertThat(participant(pi).exitReason()).isEqualTo("COMPLETED");
        assertThat(participant(pi).exitDate()).isEqualTo(today.plusMonths(12));
    }

    @Test
    void shouldExitAsDisengagedWhenReEngagementFailsAfterTheProgrammeLengthIsReached() {
        ProcessInstance pi = enrolled();
        completeReview(pi, 2, false);

        execute(job("BoundaryEvent_ProgrammeEnded", pi));
        complete(task("Task_ReEngagementAtProgrammeEnd", pi), withVariables("reEngaged", false));

        assertThat(pi).hasPassed("Task_RecordExit").isWaitingAt("Timer_FollowUpDue");
        assertThat(participant(pi).exitReason()).isEqualTo("DISENGAGED");
        assertThat(participant(pi).exitDate()).isEqualTo(today);
    }

    @Test
    void shouldCompleteAParticipantBackFromReEngagementWhenTheProgrammeLengthIsReached() {
        ProcessInstance pi = enrolled();
        completeReview(pi, 2, false);
        complete(task("Task_ReEngagement", pi), withVariables("reEngaged", true));

        execute(job("BoundaryEvent_ProgrammeEnded", pi));

        assertThat(pi).hasNotPassed("Task_ReEngagementAtProgrammeEnd").isWaitingAt("Timer_FollowUpDue");
        assertThat(participant(pi).exitReason()).isEqualTo("COMPLETED");
    }

    @Test
    void shouldCancelThePlannedFollowUpsWhenAPersonDiesAfterExit() {
        ProcessInstance pi = enrolled();
        runAs.user("o2r.officer", () -> service.recordExit(pi.getBusinessKey(),
                new ParticipantService.ExitRequest(ParticipantService.ExitReason.CUSTODY, today, null)));
        assertThat(pi).isWaitingAt("Timer_FollowUpDue");

        runAs.user("o2r.officer", () -> service.recordDeath(pi.getBusinessKey(),
                new ParticipantService.Death(today, "Informed by probation")));

        assertThat(pi).hasPassed("StartEvent_DiedAfterExit", "Task_CancelFollowUps", "EndEvent_FollowUpsCancelled")
                .isEnded();
        assertThat(followUps.of(pi.getBusinessKey())).hasSize(3)
                .allSatisfy(f -> assertThat(f.result()).isEqualTo("CANCELLED"));
        assertThat(participant(pi).diedOn()).isEqualTo(today);
    }

    @Test
    void shouldEndAReferralThatLeavesBeforeItsJointAssessment_withTheReason() {
        ProcessInstance pi = eligible();

        runAs.user("drug.worker", () -> service.leaveBeforeEnrolment(pi.getBusinessKey(),
                new ParticipantService.LeftBeforeEnrolment(
                        ParticipantService.LeftBeforeEnrolmentReason.MOVED_AWAY, today, "Moved to Leeds")));

        assertThat(pi).hasPassed("BoundaryEvent_LeftBeforeAssessment", "EndEvent_LeftBeforeAssessment").isEnded();
        Participant p = participant(pi);
        assertThat(p.status()).isEqualTo("LEFT_BEFORE_ENROLMENT");
        assertThat(p.leftBeforeEnrolmentReason()).isEqualTo("MOVED_AWAY");
        assertThat(p.leftBeforeEnrolmentNotes()).isEqualTo("Moved to Leeds");
        assertThat(p.enrolmentDate()).isNull();
    }

    @ParameterizedTest
    @EnumSource(ParticipantService.LeftBeforeEnrolmentReason.class)
    void shouldEndAReferralThatLeavesAfterAssessmentBeforeEnrolment(ParticipantService.LeftBeforeEnrolmentReason reason) {
        ProcessInstance pi = eligible();
        complete(task(pi), withVariables("consented", true));
        participants.setStatus(pi.getBusinessKey(), "AWAITING_ENROLMENT");

        runAs.user("o2r.officer", () -> service.leaveBeforeEnrolment(pi.getBusinessKey(),
                new ParticipantService.LeftBeforeEnrolment(reason, today, null)));

        assertThat(pi).hasPassed("BoundaryEvent_LeftBeforeEnrolment", "EndEvent_LeftBeforeEnrolment").isEnded();
        assertThat(participant(pi).leftBeforeEnrolmentReason()).isEqualTo(reason.name());
        assertThat(participant(pi).leftBeforeEnrolmentOn()).isEqualTo(today);
    }

    private ProcessInstance eligible() {
        String reference = refer("birmingham", LocalDate.of(1988, 3, 4), 3, ParticipantService.SubstanceMisuse.BOTH);
        return runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(RecoveryProcess.PROCESS_KEY).singleResult();
    }

    /** Assessed with consent and enrolled today; the enrolment form's domain facts are recorded as it would. */
    private ProcessInstance enrolled() {
        ProcessInstance pi = eligible();
        complete(task(pi), withVariables("consented", true));
        assertThat(pi).isWaitingAt("Task_Enrolment");
        participants.recordEnrolment(pi.getBusinessKey(), today, "drug.worker", today.plusMonths(12));
        complete(task(pi), withVariables("enrolmentDate", today.toString(),
                "programmeEndsAt", calendar.startOf(today.plusMonths(12))));
        return pi;
    }

    private void completeReview(ProcessInstance pi, int missedInARow, boolean newOffence) {
        complete(task("Task_ProgrammeReview", pi), withVariables("missedInARow", missedInARow));
        complete(task("Task_OffendingReview", pi), withVariables("newOffence", newOffence));
    }

    private String refer(String area, LocalDate born, int offences, ParticipantService.SubstanceMisuse misuse) {
        List<Offence> recent = new ArrayList<>();
        for (int i = 0; i < offences; i++) {
            recent.add(new Offence(today.minusDays(7L + 30L * i), new BigDecimal("42.50"), "Corner Shop"));
        }
        ParticipantService.Referral referral = new ParticipantService.Referral("Process Test Person", born, null, area,
                today, ParticipantService.ReferralSource.OFFICER, misuse, new BigDecimal("150"), recent, null);
        return runAs.user("o2r.officer", () -> service.refer(referral)).reference();
    }

    /** A referral that ended at once is only in the engine's history. */
    private void assertEndedAt(String reference, String endEvent) {
        HistoryService history = engine.getHistoryService();
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference).singleResult();
        assertThat(instance.getEndTime()).as("ended").isNotNull();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).list())
                .extracting(HistoricActivityInstance::getActivityId).contains("Decision_Eligibility", endEvent);
    }

    private Participant participant(ProcessInstance pi) {
        return participants.find(pi.getBusinessKey()).orElseThrow();
    }
}
