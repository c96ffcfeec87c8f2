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
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.ecu.casework.ProcessTest;
import uk.police.ecu.casework.security.RunAs;

/**
 * The pause paths of {@code processes/o2r-programme.bpmn} (the event subprocess "Paused" and the guard before each
 * review) and a transfer's hand-over of the process to the new area. The other paths are in
 * {@link O2rProgrammeProcessTest}.
 */
@ProcessTest
class O2rProgrammePauseProcessTest {

    @Autowired
    ProgrammeCalendar calendar;

    @Autowired
    PauseService pauses;

    @Autowired
    TransferService transfers;

    @Autowired
    ParticipantService service;

    @Autowired
    ParticipantRepository participants;

    @Autowired
    LocalAuthorityRepository areas;

    @Autowired
    RunAs runAs;

    private LocalDate today;

    @BeforeEach
    void readToday() {
        today = calendar.today();
    }

    @Test
    void shouldHoldReviewsAndTheProgrammeEndWhilePaused_thenMoveTheEndByTheDaysPaused() {
        ProcessInstance pi = enrolled();

        pause(pi, PauseService.PauseReason.CUSTODY);
        assertThat(pi).hasPassed("StartEvent_Paused", "Task_HoldProgrammeEnd");
        assertThat(job("BoundaryEvent_ProgrammeEnded", pi).isSuspended()).as("programme end held").isTrue();
        completeReview(pi);
        assertThat(pi).isWaitingAt("Event_ResumedBeforeReview", "Event_Resumed");
        assertThat(task(pi)).isNull();

        ClockUtil.setCurrentTime(Date.from(calendar.now().plusSeconds(10L * 24 * 3600)));
        resume(pi, today.plusDays(10));

        LocalDate movedEnd = today.plusMonths(12).plusDays(10);
        assertThat(pi).hasPassed("Task_MoveProgrammeEnd", "EndEvent_Resumed", "Task_ScheduleReview")
                .isWaitingAt("Task_ProgrammeReview", "Task_OffendingReview");
        assertThat(task("Task_ProgrammeReview", pi)).hasDueDate(calendar.startOf(today.plusDays(28 + 10)));
        assertThat(participant(pi).programmeEndsOn()).isEqualTo(movedEnd);
        assertThat(job("BoundaryEvent_ProgrammeEnded", pi).isSuspended()).isFalse();
        assertThat(job("BoundaryEvent_ProgrammeEnded", pi).getDuedate()).isEqualTo(calendar.startOf(movedEnd));

        execute(job("BoundaryEvent_ProgrammeEnded", pi));
        assertThat(participant(pi).exitReason()).isEqualTo("COMPLETED");
        assertThat(participant(pi).exitDate()).isEqualTo(movedEnd);
    }

    @Test
    void shouldCarryOnReviewingWhenResumedBeforeTheNextReviewIsDue() {
        ProcessInstance pi = enrolled();
        pause(pi, PauseService.PauseReason.HOSPITAL);

        resume(pi, today);

        assertThat(pi).hasPassed("Task_MoveProgrammeEnd").isWaitingAt("Task_ProgrammeReview", "Task_OffendingReview");
        assertThat(participant(pi).programmeEndsOn()).isEqualTo(today.plusMonths(12));
        completeReview(pi);
        assertThat(pi).hasNotPassed("Event_ResumedBeforeReview").isWaitingAt("Task_ProgrammeReview");
    }

    @Test
    void shouldGiveOpenAndLaterTasksToTheNewAreasTeams_whenTheParticipantMoves() {
        ProcessInstance pi = enrolled();
        LocalAuthority coventry = areas.find("coventry").orElseThrow();
        areas.change("coventry", ProgrammeAreaChange.checked("LIVE", null, today.minusYears(1), null, today), "admin",
                calendar.now());
        try {
            runAs.user("o2r.officer", () -> transfers.transfer(pi.getBusinessKey(),
                    new TransferService.TransferRequest("coventry", today, "drug.worker.coventry")));

            assertThat(task("Task_OffendingReview", pi)).hasCandidateGroup("o2r-coventry");
            assertThat(task("Task_ProgrammeReview", pi)).hasCandidateGroup("cgl-coventry");
            completeReview(pi);
            assertThat(task("Task_ProgrammeReview", pi)).hasCandidateGroup("cgl-coventry");
            assertThat(task("Task_OffendingReview", pi)).hasCandidateGroup("o2r-coventry");
            assertThat(participant(pi).localAuthority()).isEqualTo("coventry");
        } finally {
            areas.change("coventry", ProgrammeAreaChange.checked(coventry.status(), coventry.pilotFrom(),
                    coventry.liveFrom(), null, today), "admin", calendar.now());
        }
    }

    private void pause(ProcessInstance pi, PauseService.PauseReason reason) {
        runAs.user("drug.worker", () -> pauses.pause(pi.getBusinessKey(),
                new PauseService.PauseRequest(reason, today, null)));
    }

    private void resume(ProcessInstance pi, LocalDate on) {
        runAs.user("drug.worker", () -> pauses.resume(pi.getBusinessKey(), new PauseService.ResumeRequest(on)));
    }

    private ProcessInstance enrolled() {
        List<Offence> offences = List.of(new Offence(today.minusDays(7), new BigDecimal("30"), "Corner Shop"),
                new Offence(today.minusDays(37), new BigDecimal("30"), "Corner Shop"),
                new Offence(today.minusDays(67), new BigDecimal("30"), "Corner Shop"));
        String reference = runAs.user("o2r.officer", () -> service.refer(new ParticipantService.Referral(
                "Paused Person", LocalDate.of(1987, 5, 6), null, "birmingham", today,
                ParticipantService.ReferralSource.OFFICER, ParticipantService.SubstanceMisuse.DRUGS,
                new BigDecimal("100"), offences, null))).reference();
        ProcessInstance pi = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(RecoveryProcess.PROCESS_KEY).singleResult();
        complete(task(pi), withVariables("consented", true));
        participants.recordEnrolment(reference, today, "drug.worker", today.plusMonths(12));
        complete(task(pi), withVariables("enrolmentDate", today.toString(),
                "programmeEndsAt", calendar.startOf(today.plusMonths(12))));
        return pi;
    }

    private void completeReview(ProcessInstance pi) {
        complete(task("Task_ProgrammeReview", pi), withVariables("missedInARow", 0));
        complete(task("Task_OffendingReview", pi), withVariables("newOffence", false));
    }

    private Participant participant(ProcessInstance pi) {
        return participants.find(pi.getBusinessKey()).orElseThrow();
    }
}
