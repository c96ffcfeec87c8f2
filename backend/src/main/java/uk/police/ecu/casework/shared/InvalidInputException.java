package uk.police.ecu.casework.shared;

import java.util.List;

/** Input that breaks a business rule; each field names what is wrong with it. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> fieldErrors;

    public InvalidInputException(String message, List<FieldError> fieldErrors) {
        super(message);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public InvalidInputException(String message) {
        this(message, List.of());
    }

    public static InvalidInputException field(String field, String message) {
        return new InvalidInputException(message, List.of(new FieldError(field, message)));
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
