package uk.police.ecu.casework.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.system.ApiError;

/** 401 and 403 as the API's JSON error, never an HTML page or a redirect. */
@Component
class JsonSecurityErrors {

    private final ObjectMapper json;

    JsonSecurityErrors(ObjectMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, e) -> write(response, ApiError.of(401, "Unauthorized", "Sign in to continue"));
    }

    AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response,
                ApiError.of(403, "Forbidden", "You do not have permission to do this"));
    }

    void write(HttpServletResponse response, ApiError error) throws IOException {
        response.setStatus(error.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), error);
    }
}
