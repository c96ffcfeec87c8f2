package uk.police.ecu.casework.system;

import java.util.List;
import uk.police.ecu.casework.shared.FieldError;

/**
 * The one shape of every error the API returns: a status, a short title, a sentence a user can act
 * on, and per-field reasons where input was wrong.
 */
public record ApiError(int status, String error, String message, List<FieldError> fieldErrors) {

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, List.of());
    }
}
