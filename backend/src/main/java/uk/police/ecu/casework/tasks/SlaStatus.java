package uk.police.ecu.casework.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import uk.police.ecu.casework.reference.WorkingDayCalendar;

/** The badge a task's due date earns: overdue once passed, due soon by the end of the next working day. */
public enum SlaStatus {
    ON_TRACK, DUE_SOON, OVERDUE;

    static SlaStatus of(Instant due, Clock clock, WorkingDayCalendar calendar) {
        if (due == null) {
            return null;
        }
        if (due.isBefore(clock.instant())) {
            return OVERDUE;
        }
        LocalDate nextWorkingDay = calendar.addWorkingDays(LocalDate.now(clock), 1);
        return LocalDate.ofInstant(due, clock.getZone()).isAfter(nextWorkingDay) ? ON_TRACK : DUE_SOON;
    }
}
