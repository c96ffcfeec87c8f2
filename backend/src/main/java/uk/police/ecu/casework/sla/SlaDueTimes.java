package uk.police.ecu.casework.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.reference.WorkingDayCalendar;

/**
 * When a clock falls due and when it warns. Day-based rules fall due at the end of the last day
 * (the force's time zone), the same instant the Victims' Code due dates use; the due time is the last moment
 * the work is still in time.
 */
@Component
public class SlaDueTimes {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final WorkingDayCalendar calendar;
    private final Clock clock;

    SlaDueTimes(WorkingDayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    public record Deadline(Instant due, Instant warn) {
    }

    /** Empty when the rule is the task's own due date and the task has none (so nothing to measure). */
    public Optional<Deadline> deadline(SlaDefinition sla, Instant start, Instant taskDue) {
        Instant due = switch (sla.dueRule()) {
            case CALENDAR_DAYS -> endOfDay(startDay(start).plusDays(sla.dueAmount()));
            case WORKING_DAYS -> endOfDay(calendar.addWorkingDays(startDay(start), sla.dueAmount()));
            case HOURS -> start.plus(Duration.ofHours(sla.dueAmount()));
            case TASK_DUE_DATE -> taskDue;
        };
        if (due == null) {
            return Optional.empty();
        }
        return Optional.of(new Deadline(due, warnAt(start, due, sla.warningPercent())));
    }

    public static Instant warnAt(Instant start, Instant due, int percent) {
        if (!due.isAfter(start)) {
            return due;
        }
        long millis = Duration.between(start, due).toMillis();
        return start.plusMillis(millis * percent / 100);
    }

    private LocalDate startDay(Instant start) {
        return LocalDate.ofInstant(start, clock.getZone());
    }

    private Instant endOfDay(LocalDate day) {
        return day.atTime(END_OF_DAY).atZone(clock.getZone()).toInstant();
    }
}
