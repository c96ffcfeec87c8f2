package uk.police.ecu.casework.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import uk.police.ecu.casework.shared.FieldError;
import uk.police.ecu.casework.shared.InvalidInputException;

/** A supervisor's campaign as added or corrected: every rule it breaks is named against its field. */
record IntensificationPeriodChange(String name, LocalDate startsOn, LocalDate endsOn, List<String> fraudTypes,
                                   String source) {

    static final int NAME_LENGTH = 120;
    static final int SOURCE_LENGTH = 1000;

    static FieldError nameTaken(String name) {
        return new FieldError("name", "There is already a campaign called " + name
                + ": change that one, or give this one another name");
    }

    /**
     * The change as asked for, trimmed, with its fraud types in code order; {@code nameTaken} says whether
     * another campaign already has the name.
     */
    IntensificationPeriodChange checked(Set<String> knownCodes, Predicate<String> nameTaken) {
        String trimmed = name == null ? "" : name.strip();
        List<FieldError> errors = new ArrayList<>();
        if (trimmed.isEmpty()) {
            errors.add(new FieldError("name", "Enter the campaign's name"));
        } else if (trimmed.length() > NAME_LENGTH) {
            errors.add(new FieldError("name", "The name must be " + NAME_LENGTH + " characters or fewer"));
        } else if (nameTaken.test(trimmed)) {
            errors.add(nameTaken(trimmed));
        }
        if (startsOn == null) {
            errors.add(new FieldError("startsOn", "Enter the date the campaign starts"));
        }
        if (endsOn == null) {
            errors.add(new FieldError("endsOn", "Enter the date the campaign ends"));
        } else if (startsOn != null && endsOn.isBefore(startsOn)) {
            errors.add(new FieldError("endsOn", "The end date must be the same as or after the start date"));
        }
        Set<String> codes = new TreeSet<>(fraudTypes == null ? List.of() : fraudTypes);
        if (codes.isEmpty()) {
            errors.add(new FieldError("fraudTypes", "Choose at least one fraud type"));
        } else if (!knownCodes.containsAll(codes)) {
            Set<String> unknown = new TreeSet<>(codes);
            unknown.removeAll(knownCodes);
            errors.add(new FieldError("fraudTypes", "Choose fraud types from the NFIB list; not known: "
                    + String.join(", ", unknown)));
        }
        String note = source == null || source.isBlank() ? null : source.strip();
        if (note != null && note.length() > SOURCE_LENGTH) {
            errors.add(new FieldError("source", "The source must be " + SOURCE_LENGTH + " characters or fewer"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The campaign cannot be saved", errors);
        }
        return new IntensificationPeriodChange(trimmed, startsOn, endsOn, List.copyOf(codes), note);
    }
}
