package uk.police.ecu.casework.tasks;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import uk.police.ecu.casework.shared.InvalidInputException;

/** The day to follow a task up, as {@code yyyy-MM-dd}; empty clears it. */
record FollowUpRequest(String followUp) {

    LocalDate day() {
        if (followUp == null || followUp.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(followUp.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field(TaskFollowUps.FIELD, "The follow-up date must be a real date");
        }
    }
}
