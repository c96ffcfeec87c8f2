package uk.police.ecu.casework.recovery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
 * A spell in custody, both days included; {@code endedOn} is empty while the person is still inside. The
 * evaluation takes these days out of the offending windows ({@link OffendingWindows}).
 */
record CustodyPeriod(long id, LocalDate startedOn, LocalDate endedOn, String source, String notes, String recordedBy) {

    /** Whether the day falls in this spell; a spell still running covers every day from its start. */
    boolean covers(LocalDate day) {
        return !day.isBefore(startedOn) && (endedOn == null || !day.isAfter(endedOn));
    }

    boolean overlaps(LocalDate start, LocalDate end) {
        boolean startsAfter = endedOn != null && start.isAfter(endedOn);
        boolean endsBefore = end != null && end.isBefore(startedOn);
        return !startsAfter && !endsBefore;
    }

    /** A spell as the form sends it; {@code source}: where the dates come from (PNC, prison release notice). */
    record New(@NotNull(message = "Enter the date custody started")
               @PastOrPresent(message = "The start of custody cannot be in the future") LocalDate startedOn,
               @PastOrPresent(message = "The end of custody cannot be in the future") LocalDate endedOn,
               @NotBlank(message = "Enter where the custody dates come from") String source,
               String notes) {
    }
}
