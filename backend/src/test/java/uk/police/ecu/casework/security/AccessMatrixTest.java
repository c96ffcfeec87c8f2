package uk.police.ecu.casework.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/** Every API endpoint × every role, exactly as {@code docs/access-matrix.md} decides. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    private static final String UNKNOWN_ID = "00000000-0000-0000-0000-000000000000";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private AccessMatrix matrix;
    private final Map<String, ApiClient> sessions = new HashMap<>();

    @BeforeAll
    void readMatrix() throws IOException {
        matrix = AccessMatrix.read();
    }

    @Test
    void shouldHaveAColumnForEveryRole() {
        assertThat(matrix.roles()).containsExactlyInAnyOrderElementsOf(
                Stream.of(Role.values()).map(Role::name).toList());
    }

    @Test
    void shouldHaveARowForEveryApiEndpointAndNoRowForAMissingOne() {
        Set<String> endpoints = handlerMapping.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream()
                        .filter(path -> path.startsWith("/api/"))
                        .flatMap(path -> info.getMethodsCondition().getMethods().stream()
                                .map(method -> method.name() + " " + path)))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> rows = matrix.rows().stream().map(AccessMatrix.Row::key)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(rows).as("rows in docs/access-matrix.md").isEqualTo(endpoints);
    }

    @TestFactory
    Stream<DynamicTest> shouldAnswerEveryRoleAsTheMatrixSays() {
        return matrix.rows().stream().map(row -> DynamicTest.dynamicTest(row.key(), () -> {
            SoftAssertions softly = new SoftAssertions();
            ApiClient anonymousBrowser = new ApiClient(port);
            anonymousBrowser.get("/api/auth/session");
            int anonymous = call(anonymousBrowser, row);
            if (row.anonymousAllowed()) {
                softly.assertThat(anonymous).as("%s anonymous", row.key()).isNotIn(401, 403);
            } else {
                softly.assertThat(anonymous).as("%s anonymous", row.key()).isEqualTo(401);
            }
            row.allowedByRole().forEach((role, allowed) -> {
                int status = call(session(Role.valueOf(role)), row);
                if (allowed) {
                    softly.assertThat(status).as("%s as %s", row.key(), role).isNotIn(401, 403);
                } else {
                    softly.assertThat(status).as("%s as %s", row.key(), role).isEqualTo(403);
                }
            });
            softly.assertAll();
        }));
    }

    private ApiClient session(Role role) {
        return sessions.computeIfAbsent(role.name(), r -> ApiClient.signedIn(port, AccessMatrix.DEMO_USER.get(role)));
    }

    private static int call(ApiClient client, AccessMatrix.Row row) {
        String path = row.path().replaceAll("\\{[^}]+}", UNKNOWN_ID);
        return row.method().equals("GET") ? client.get(path).status() : client.send(row.method(), path, "{}").status();
    }
}
