package uk.police.ecu.casework.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import uk.police.ecu.casework.shared.ConflictException;
import uk.police.ecu.casework.shared.FieldError;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.shared.NotFoundException;
import uk.police.ecu.casework.shared.RefusedException;

/** Turns exceptions into {@link ApiError}s: clear words for the user, no stack traces or SQL. */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final AccessRefusals refusals;

    ApiExceptionHandler(AccessRefusals refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return respond(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiError> conflict(ConflictException e) {
        return respond(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(RefusedException.class)
    ResponseEntity<ApiError> refused(RefusedException e) {
        return respond(HttpStatus.FORBIDDEN, e.getMessage());
    }

    /** The framework's own refusals (e.g. a method not allowed); the domain throws the exceptions above. */
    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ApiError> status(ResponseStatusException e) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        return respond(status, e.getReason() == null ? status.getReasonPhrase() : e.getReason());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().body(new ApiError(400, "Bad Request", e.getMessage(), e.fieldErrors()));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
        List<FieldError> fields = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest()
                .body(new ApiError(400, "Bad Request", "Some answers need correcting", fields));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ApiError> invalid(ConstraintViolationException e) {
        List<FieldError> fields = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldPath(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ResponseEntity.badRequest()
                .body(new ApiError(400, "Bad Request", "Some answers need correcting", fields));
    }

    /**
     * The field as the client named it, e.g. {@code actions[1].owner}: the method and parameter
     * nodes of a service method's validation are dropped, list positions kept.
     */
    private static String fieldPath(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mistyped(MethodArgumentTypeMismatchException e) {
        String message = "'" + e.getName() + "' does not have a valid value";
        List<FieldError> fields = List.of(new FieldError(e.getName(), message));
        return ResponseEntity.badRequest().body(new ApiError(400, "Bad Request", message, fields));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return respond(HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the expected shape");
    }

    /** A file upload sent as something other than a form with a file in it. */
    @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
    ResponseEntity<ApiError> notAnUpload(Exception e) {
        return ResponseEntity.badRequest().body(new ApiError(400, "Bad Request",
                "Send the file as a form upload (multipart/form-data) with the file in a part named \"file\"",
                List.of(new FieldError("file", "Choose a file to upload"))));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noSuchPath(NoResourceFoundException e) {
        return respond(HttpStatus.NOT_FOUND, "There is nothing at this address");
    }

    /**
     * A role check (on the controller or a service method) refused a signed-in user: the attempt is audited.
     * If the database is down the refusal cannot be audited, so the answer is the outage's, not a 500.
     */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e, HttpServletRequest request) {
        if (!refusals.record(request)) {
            return databaseUnavailable();
        }
        return respond(HttpStatus.FORBIDDEN, "You do not have permission to do this");
    }

    @ExceptionHandler({TaskAlreadyClaimedException.class, OptimisticLockingException.class})
    ResponseEntity<ApiError> conflict(RuntimeException e) {
        return respond(HttpStatus.CONFLICT, "Someone else changed this at the same time; reload and try again");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (DatabaseOutage.causedBy(e)) {
            return databaseUnavailable(e);
        }
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            String detail = known.getBody().getDetail();
            return respond(status, detail == null ? status.getReasonPhrase() : detail);
        }
        log.error("Unexpected error", e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong; it has been logged");
    }

    /** The database is stopped or restarting: a 503 the user can act on, and a short log line, not a stack trace per request. */
    private static ResponseEntity<ApiError> databaseUnavailable(Exception e) {
        log.warn("Database unavailable: {}", e.toString());
        return databaseUnavailable();
    }

    private static ResponseEntity<ApiError> databaseUnavailable() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
                .body(DatabaseOutage.error());
    }

    private static ResponseEntity<ApiError> respond(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(ApiError.of(status.value(), status.getReasonPhrase(), message));
    }
}
