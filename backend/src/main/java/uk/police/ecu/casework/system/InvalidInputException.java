package uk.police.ecu.casework.system;

import java.util.List;

/** Input that breaks a business rule; each field names what is wrong with it. */
public class InvalidInputException extends RuntimeException {

    private final transient List<ApiError.FieldError> fieldErrors;

    public InvalidInputException(String message, List<ApiError.FieldError> fieldErrors) {
        super(message);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static InvalidInputException field(String field, String message) {
        return new InvalidInputException(message, List.of(new ApiError.FieldError(field, message)));
    }

    public List<ApiError.FieldError> fieldErrors() {
        return fieldErrors;
    }
}
