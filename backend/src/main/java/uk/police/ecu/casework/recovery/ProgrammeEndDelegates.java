package uk.police.ecu.casework.recovery;

import static uk.police.ecu.casework.recovery.RecoveryProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code Task_HoldProgrammeEnd} and {@code Task_MoveProgrammeEnd}: a pause holds the programme-length timer, and
 * the resume moves it (and the participant's programme end date) later by every day paused, so the 12-month
 * point is reached on time on the programme rather than calendar time.
 */
@Configuration(proxyBeanMethods = false)
class ProgrammeEndDelegates {

    @Bean("holdProgrammeEnd")
    JavaDelegate holdProgrammeEnd(ManagementService management) {
        return execution -> management.suspendJobById(programmeEndTimer(management, execution).getId());
    }

    @Bean("moveProgrammeEnd")
    JavaDelegate moveProgrammeEnd(ManagementService management, ParticipantRepository participants,
                                  PauseRepository pauses, ProgrammeSettingRepository settings,
                                  ProgrammeCalendar calendar) {
        return execution -> {
            String reference = execution.getProcessBusinessKey();
            LocalDate enrolled = LocalDate.parse((String) execution.getVariable(ENROLMENT_DATE));
            LocalDate ends = enrolled.plusMonths(settings.programmeLengthMonths()).plusDays(pauses.daysPaused(reference));
            participants.moveProgrammeEnd(reference, ends);
            execution.setVariable(PROGRAMME_ENDS_AT, calendar.startOf(ends));
            // One change to the timer itself: ManagementService's activation is a bulk update that would be
            // flushed before a due date set in the same command and fail its optimistic lock.
            JobEntity timer = (JobEntity) programmeEndTimer(management, execution);
            timer.setDuedate(calendar.startOf(ends));
            timer.setSuspensionState(SuspensionState.ACTIVE.getStateCode());
        };
    }

    private static Job programmeEndTimer(ManagementService management, DelegateExecution execution) {
        return management.createJobQuery().processInstanceId(execution.getProcessInstanceId())
                .activityId(PROGRAMME_ENDED_TIMER).singleResult();
    }
}
