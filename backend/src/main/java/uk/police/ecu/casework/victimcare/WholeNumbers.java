package uk.police.ecu.casework.victimcare;

import java.util.List;
import uk.police.ecu.casework.shared.FieldError;

/** A whole number sent either as a number or as the text typed into a form, checked against its range. */
final class WholeNumbers {

    private WholeNumbers() {
    }

    /** The number, or null with a field error added when it is missing, not whole, or out of range. */
    static Integer read(Object given, String field, String what, int min, int max, List<FieldError> errors) {
        String text = given == null ? "" : given.toString().trim();
        if (text.isEmpty()) {
            errors.add(new FieldError(field, "Enter " + what));
            return null;
        }
        if (!text.matches("-?\\d{1,9}")) {
            errors.add(new FieldError(field, capitalised(what) + " must be a whole number"));
            return null;
        }
        int number = Integer.parseInt(text);
        if (number < min || number > max) {
            errors.add(new FieldError(field, capitalised(what) + " must be between " + min + " and " + max));
            return null;
        }
        return number;
    }

    private static String capitalised(String what) {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
