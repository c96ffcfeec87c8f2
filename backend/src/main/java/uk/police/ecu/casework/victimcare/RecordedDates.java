package uk.police.ecu.casework.victimcare;

import java.time.LocalDate;
import uk.police.ecu.casework.shared.InvalidInputException;

/** The date checks every victim care form makes, against the engine's today. */
final class RecordedDates {

    private RecordedDates() {
    }

    static void notFuture(String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw InvalidInputException.field(field, "The date cannot be in the future");
        }
    }

    static void notBefore(String field, LocalDate date, LocalDate earliest, String what) {
        if (date.isBefore(earliest)) {
            throw InvalidInputException.field(field, "The date cannot be before " + what);
        }
    }

    static void notPast(String field, LocalDate date, LocalDate today) {
        if (date.isBefore(today)) {
            throw InvalidInputException.field(field, "The date must be today or later");
        }
    }
}
