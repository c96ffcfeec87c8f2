package uk.police.ecu.casework.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * Every parameter and body of every endpoint in the OpenAPI document, sent malformed (huge, negative,
 * not a number, a date of the wrong shape or beyond any calendar, the wrong content type, the wrong JSON
 * shape) by a user the endpoint is for: the answer is never a 500, a refusal says what was wrong in a JSON
 * message, and no stack trace or SQL ever leaves the server.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputIntegrationTest {

    // 3,000 characters: huge for any field, and with a path and a query of it the request line still fits
    // Tomcat's 8 kB, beyond which the container refuses the request before the application sees it.
    private static final List<String> BAD_VALUES = List.of("9".repeat(3000), "-1", "-2147483649", "not-a-number",
            "+999999999-12", "-4713-01", "2026-13-45", "1e309", "%00", "' OR 1=1 --", " ", "NaN");
    private static final List<String> BAD_BODIES = List.of("{", "[]", "\"text\"", "{\"a\": {\"b\": [1, {\"c\": null}]}}",
            "null", "{" + "\"x\":[".repeat(200) + "]".repeat(200) + "}");

    @LocalServerPort
    int port;

    private AccessMatrix matrix;
    private JsonNode openApi;
    private final Map<Role, ApiClient> sessions = new HashMap<>();

    @BeforeAll
    void readTheApi() throws IOException {
        matrix = AccessMatrix.read();
        openApi = ApiClient.signedIn(port, "admin").get("/v3/api-docs").json();
    }

    @TestFactory
    Stream<DynamicTest> shouldNeverAnswer500NorShowAStackTrace_whateverIsSent() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase();
                if (!path.getKey().startsWith("/api/") || path.getKey().equals("/api/auth/login")) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(method + " " + path.getKey(),
                        () -> tryMalformed(method, path.getKey(), operation.getValue())));
            }
        }
        assertThat(tests).as("endpoints found in the OpenAPI document").hasSizeGreaterThan(50);
        return tests.stream();
    }

    private void tryMalformed(String method, String template, JsonNode operation) {
        ApiClient client = clientFor(method, template);
        SoftAssertions softly = new SoftAssertions();
        List<String> pathParameters = new ArrayList<>();
        List<String> queryParameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            (parameter.path("in").asText().equals("path") ? pathParameters : queryParameters)
                    .add(parameter.path("name").asText());
        }
        for (String value : BAD_VALUES) {
            String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
            String path = template.replaceAll("\\{[^}]+}", encoded.isBlank() ? "x" : encoded);
            for (String parameter : queryParameters) {
                check(softly, client, method, path + "?" + parameter + "=" + encoded, "{}", "application/json");
            }
            if (!pathParameters.isEmpty()) {
                check(softly, client, method, path, "{}", "application/json");
            }
        }
        if (!operation.path("requestBody").isMissingNode()) {
            String path = template.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
            for (String body : BAD_BODIES) {
                check(softly, client, method, path, body, "application/json");
            }
            check(softly, client, method, path, "hello", "text/plain");
            check(softly, client, method, path, "{\"x\": 1}", "multipart/form-data; boundary=nothing");
        }
        softly.assertAll();
    }

    private static void check(SoftAssertions softly, ApiClient client, String method, String path, String body,
                              String contentType) {
        ApiClient.Response response = client.send(method, path, body, contentType);
        String sent = method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path)
                + " with " + (body.length() > 40 ? body.substring(0, 40) + "…" : body);
        softly.assertThat(response.status()).as(sent + ": " + response.body()).isLessThan(500);
        if (response.status() >= 400) {
            softly.assertThat(response.body()).as(sent).doesNotContain("Exception", "\tat ", "org.springframework",
                    "org.postgresql", "SQL");
        }
        if (response.status() >= 400 && response.status() != 404 && response.status() != 405) {
            softly.assertThat(message(response)).as(sent + " says what was wrong").isNotBlank();
        }
    }

    private static String message(ApiClient.Response response) {
        try {
            return response.json().path("message").asText();
        } catch (RuntimeException notJson) {
            return "";
        }
    }

    /** A user the endpoint is for, so that the input reaches it rather than a role check. */
    private ApiClient clientFor(String method, String template) {
        Role role = matrix.row(method, template).flatMap(row -> row.allowedByRole().entrySet().stream()
                        .filter(Map.Entry::getValue).map(entry -> Role.valueOf(entry.getKey())).findFirst())
                .orElse(Role.ADMINISTRATOR);
        return sessions.computeIfAbsent(role, r -> ApiClient.signedIn(port, AccessMatrix.DEMO_USER.get(r)));
    }
}
