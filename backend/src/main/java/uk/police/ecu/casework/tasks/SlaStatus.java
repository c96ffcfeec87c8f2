package uk.police.ecu.casework.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import uk.police.ecu.casework.sla.WorkingDayCalendar;

/** The badge a task's due date earns: overdue once passed, due soon by the end of the next working day. */
public enum SlaStatus {
    ON_TRACK, DUE_SOON, OVERDUE;

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static SlaStatus of(Instant due, Instant now, WorkingDayCalendar calendar) {
        if (due == null) {
            return null;
        }
        if (due.isBefore(now)) {
            return OVERDUE;
        }
        LocalDate nextWorkingDay = calendar.addWorkingDays(LocalDate.ofInstant(now, LONDON), 1);
        return LocalDate.ofInstant(due, LONDON).isAfter(nextWorkingDay) ? ON_TRACK : DUE_SOON;
    }
}
