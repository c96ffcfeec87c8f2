package uk.police.ecu.casework.recovery;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Programme dates on the engine's clock, so that a process test which moves the engine's clock moves
 * "today" for the programme too. Days are London days.
 */
final class ProgrammeCalendar {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private ProgrammeCalendar() {
    }

    static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), LONDON);
    }

    /** The start of the day in London, as the engine's due dates and timers take it. */
    static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(LONDON).toInstant());
    }

    static LocalDate dayOf(Date date) {
        return LocalDate.ofInstant(date.toInstant(), LONDON);
    }
}
