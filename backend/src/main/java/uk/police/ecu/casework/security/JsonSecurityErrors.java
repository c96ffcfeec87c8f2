package uk.police.ecu.casework.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.system.ApiError;
import uk.police.ecu.casework.system.DatabaseOutage;

/** 401 and 403 as the API's JSON error, never an HTML page or a redirect. */
@Component
class JsonSecurityErrors {

    private final ObjectMapper json;
    private final RoleRefusals refusals;

    JsonSecurityErrors(ObjectMapper json, RoleRefusals refusals) {
        this.json = json;
        this.refusals = refusals;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, e) -> write(response, ApiError.of(401, "Unauthorized", "Sign in to continue"));
    }

    /**
     * A URL rule's refusal is audited like a method's; a missing CSRF token is not a role check. With the
     * database down the refusal cannot be audited, and the caller is told of the outage, as every other request is.
     */
    AccessDeniedHandler forbidden() {
        return (request, response, e) -> {
            if (!(e instanceof CsrfException) && !refusals.record(request)) {
                response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
                write(response, DatabaseOutage.error());
                return;
            }
            write(response, ApiError.of(403, "Forbidden", "You do not have permission to do this"));
        };
    }

    /** An address the firewall will not read (an encoded slash or NUL, a path that climbs out): a 400 in words. */
    RequestRejectedHandler rejected() {
        return (request, response, e) -> write(response,
                ApiError.of(400, "Bad Request", "This address cannot be read; check it and try again"));
    }

    void write(HttpServletResponse response, ApiError error) throws IOException {
        response.setStatus(error.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), error);
    }
}
