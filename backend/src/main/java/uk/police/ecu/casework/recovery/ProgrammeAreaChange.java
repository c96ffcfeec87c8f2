package uk.police.ecu.casework.recovery;

import static uk.police.ecu.casework.recovery.LocalAuthority.LIVE;
import static uk.police.ecu.casework.recovery.LocalAuthority.NOT_STARTED;
import static uk.police.ecu.casework.recovery.LocalAuthority.PILOT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.police.ecu.casework.shared.FieldError;
import uk.police.ecu.casework.shared.InvalidInputException;

/**
 * An administrator's change to an area's place on the programme. Without a status the dates decide it
 * (live if live-from has come, a pilot if pilot-from has, otherwise not started), so a planned go-live
 * date can be set ahead.
 */
record ProgrammeAreaChange(String status, LocalDate pilotFrom, LocalDate liveFrom, String note) {

    private static final Set<String> STATUSES = Set.of(NOT_STARTED, PILOT, LIVE);

    /** The change as asked for, with its status worked out if not given; every rule it breaks is named. */
    static ProgrammeAreaChange checked(String status, LocalDate pilotFrom, LocalDate liveFrom, String note,
                                       LocalDate today) {
        String decided = status == null || status.isBlank() ? statusOn(today, pilotFrom, liveFrom) : status;
        List<FieldError> errors = new ArrayList<>();
        if (!STATUSES.contains(decided)) {
            errors.add(new FieldError("status", "Choose not started, pilot or live"));
        }
        if (pilotFrom != null && liveFrom != null && liveFrom.isBefore(pilotFrom)) {
            errors.add(new FieldError("liveFrom", "The live-from date must be the same as or after the pilot-from date"));
        }
        if (PILOT.equals(decided)) {
            started(pilotFrom, "pilotFrom", "pilot-from", today, errors);
            if (liveFrom != null && !liveFrom.isAfter(today)) {
                errors.add(new FieldError("liveFrom", "An area live from today or earlier is live, not a pilot: "
                        + "choose live, or give a live-from date after today"));
            }
        }
        if (LIVE.equals(decided)) {
            started(liveFrom, "liveFrom", "live-from", today, errors);
        }
        if (NOT_STARTED.equals(decided)) {
            notYet(pilotFrom, "pilotFrom", "pilot", today, errors);
            notYet(liveFrom, "liveFrom", "live", today, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The area's place on the programme cannot be saved", errors);
        }
        return new ProgrammeAreaChange(decided, pilotFrom, liveFrom, note == null || note.isBlank() ? null : note.strip());
    }

    private static String statusOn(LocalDate today, LocalDate pilotFrom, LocalDate liveFrom) {
        if (liveFrom != null && !liveFrom.isAfter(today)) {
            return LIVE;
        }
        return pilotFrom != null && !pilotFrom.isAfter(today) ? PILOT : NOT_STARTED;
    }

    private static void started(LocalDate from, String field, String words, LocalDate today, List<FieldError> errors) {
        if (from == null) {
            errors.add(new FieldError(field, "Enter the " + words + " date"));
        } else if (from.isAfter(today)) {
            errors.add(new FieldError(field, "The " + words + " date must be today or in the past; "
                    + "for a date still to come, choose not started"));
        }
    }

    private static void notYet(LocalDate from, String field, String words, LocalDate today, List<FieldError> errors) {
        if (from != null && !from.isAfter(today)) {
            errors.add(new FieldError(field, "An area not started cannot have begun its " + words
                    + ": give a date after today or leave it empty"));
        }
    }
}
