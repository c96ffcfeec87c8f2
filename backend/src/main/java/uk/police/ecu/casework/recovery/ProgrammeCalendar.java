package uk.police.ecu.casework.recovery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Programme dates on the product's clock, so that a process test which moves the engine's clock moves
 * "today" for the programme too. Days are the force's days.
 */
@Component
class ProgrammeCalendar {

    private final Clock clock;

    ProgrammeCalendar(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }

    /** The start of the day, as the engine's due dates and timers take it. */
    Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
    }

    LocalDate dayOf(Date date) {
        return LocalDate.ofInstant(date.toInstant(), clock.getZone());
    }
}
