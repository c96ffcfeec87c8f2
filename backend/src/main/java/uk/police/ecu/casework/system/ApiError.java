package uk.police.ecu.casework.system;

import java.util.List;

/**
 * The one shape of every error the API returns: a status, a short title, a sentence a user can act
 * on, and per-field reasons where input was wrong.
 */
public record ApiError(int status, String error, String message, List<FieldError> fieldErrors) {

    public record FieldError(String field, String message) {
    }

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, List.of());
    }
}
