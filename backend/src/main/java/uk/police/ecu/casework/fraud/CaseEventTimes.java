package uk.police.ecu.casework.fraud;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.shared.FieldError;
import uk.police.ecu.casework.shared.InvalidInputException;

/**
 * When a case event happened, as the officer gives it: its date and, if known, its time (Europe/London). Without
 * a time it is taken at the start of its day, the earliest moment it can have happened, so the victim-update
 * clock counted from it never overstates compliance. It cannot be in the future, nor before the crime was
 * reported.
 */
@Component
class CaseEventTimes {

    private final Clock clock;

    CaseEventTimes(Clock clock) {
        this.clock = clock;
    }

    ZonedDateTime happened(Crime crime, LocalDate day, LocalTime time) {
        ZonedDateTime happened = ZonedDateTime.of(day, time == null ? LocalTime.MIDNIGHT : time, clock.getZone());
        ZonedDateTime now = ZonedDateTime.now(clock);
        List<FieldError> errors = new ArrayList<>();
        if (day.isAfter(now.toLocalDate())) {
            errors.add(new FieldError("occurredOn", "The date it happened cannot be in the future"));
        } else if (happened.isAfter(now)) {
            errors.add(new FieldError("occurredAt", "The time it happened cannot be in the future"));
        }
        if (crime.reportedDate() != null && day.isBefore(crime.reportedDate())) {
            errors.add(new FieldError("occurredOn", "The date it happened cannot be before the crime was reported"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.get(0).message(), errors);
        }
        return happened;
    }
}
