package uk.police.ecu.casework.recovery;

import static uk.police.ecu.casework.recovery.RecoveryProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ScheduleReview}: plans the next review a cadence (data) after the last planned one,
 * counted from the enrolment date, so a late review does not push the ones after it; days paused push them all.
 */
@Component("scheduleReview")
class ScheduleReviewDelegate implements JavaDelegate {

    private final ReviewRepository reviews;
    private final ProgrammeSettingRepository settings;
    private final ProgrammeCalendar calendar;
    private final PauseRepository pauses;

    ScheduleReviewDelegate(ReviewRepository reviews, ProgrammeSettingRepository settings, ProgrammeCalendar calendar,
                           PauseRepository pauses) {
        this.pauses = pauses;
        this.calendar = calendar;
        this.reviews = reviews;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int number = execution.hasVariable(REVIEW_NUMBER) ? (Integer) execution.getVariable(REVIEW_NUMBER) + 1 : 1;
        LocalDate enrolled = LocalDate.parse((String) execution.getVariable(ENROLMENT_DATE));
        LocalDate reviewDate = enrolled.plusDays((long) settings.reviewCadenceDays() * number
                + pauses.daysPaused(execution.getProcessBusinessKey()));
        reviews.plan(execution.getProcessBusinessKey(), number, reviewDate);
        execution.setVariable(REVIEW_NUMBER, number);
        execution.setVariable(REVIEW_DUE, calendar.startOf(reviewDate));
        execution.setVariable(MISSED_IN_A_ROW, 0);
        execution.setVariable(NEW_OFFENCE, false);
    }
}
