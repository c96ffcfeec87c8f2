package uk.police.ecu.casework.intake;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import uk.police.ecu.casework.shared.FieldError;
import uk.police.ecu.casework.system.ApiError;

/**
 * Uploads refused before their content is looked at: too large (413), or the server busy checking
 * other files (503 with Retry-After). Ahead of the general handler, which would give neither the
 * limit nor when to try again. A file too large is refused while the request is being read, before
 * any controller runs, so this applies to every upload.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadRefusals {

    private static final String RETRY_AFTER_SECONDS = "60";

    private final UploadLimit limit;

    UploadRefusals(UploadLimit limit) {
        this.limit = limit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        String message = limit.refusal();
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(new ApiError(413,
                HttpStatus.PAYLOAD_TOO_LARGE.getReasonPhrase(), message, List.of(new FieldError("file", message))));
    }

    @ExceptionHandler(UploadSlots.BusyException.class)
    ResponseEntity<ApiError> busy(UploadSlots.BusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(ApiError.of(503, HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase(), e.getMessage()));
    }
}
