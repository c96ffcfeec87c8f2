package uk.police.ecu.casework.shared;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * How a victim needs to be contacted, recorded once and shown on every task that contacts them.
 * {@code recordedOn} says where it was recorded (e.g. "Fraud case NFRC-1" or "Victim care"), so an officer
 * who sees needs recorded by the other team knows where they came from.
 */
public record CommunicationNeeds(boolean interpreterNeeded, String interpreterLanguage, Channel preferredChannel,
                                 String timesToAvoid, String otherNeeds, String recordedBy, OffsetDateTime recordedAt,
                                 String recordedOn) {

    /** How the victim prefers to be reached. */
    public enum Channel { PHONE, EMAIL, LETTER, VISIT, TEXT }

    /** What an officer enters; blank text is "nothing to say". */
    public record Entry(Boolean interpreterNeeded, String interpreterLanguage, Channel preferredChannel,
                        String timesToAvoid, String otherNeeds) {

        private static final int MAX = 500;

        /** The entry with blanks as nulls, or the reasons it cannot be recorded. */
        public Entry checked() {
            List<FieldError> errors = new ArrayList<>();
            boolean interpreter = Boolean.TRUE.equals(interpreterNeeded);
            String language = blankAsNull(interpreterLanguage);
            if (interpreterNeeded == null) {
                errors.add(new FieldError("interpreterNeeded", "Say whether the victim needs an interpreter"));
            } else if (interpreter && language == null) {
                errors.add(new FieldError("interpreterLanguage", "Enter the language the interpreter must speak"));
            }
            String avoid = blankAsNull(timesToAvoid);
            String other = blankAsNull(otherNeeds);
            tooLong(errors, "interpreterLanguage", language);
            tooLong(errors, "timesToAvoid", avoid);
            tooLong(errors, "otherNeeds", other);
            if (!errors.isEmpty()) {
                throw new InvalidInputException("Check the communication needs", errors);
            }
            return new Entry(interpreter, interpreter ? language : null, preferredChannel, avoid, other);
        }

        private static void tooLong(List<FieldError> errors, String field, String value) {
            if (value != null && value.length() > MAX) {
                errors.add(new FieldError(field, "Must be " + MAX + " characters or fewer"));
            }
        }

        private static String blankAsNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
