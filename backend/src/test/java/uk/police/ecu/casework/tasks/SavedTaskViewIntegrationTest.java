package uk.police.ecu.casework.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/** Saved task list views through the API: each user's own, named once, and never keeping what was searched for. */
@IntegrationTest
class SavedTaskViewIntegrationTest {

    private static final String PATH = "/api/tasks/saved-views";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM saved_task_view WHERE username IN ('ecu.officer', 'ecu.supervisor')").update();
    }

    @Test
    void shouldKeepTheQueueFiltersAndSort_butNotTheSearchTextOrPage() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");

        ApiClient.Response saved = officer.post(PATH, Map.of("name", "  Overdue triage  ",
                "view", "?queue=ecu-triage&due=OVERDUE&q=Ada%20Lovelace&page=3&sort=PRIORITY&order=DESC"));

        assertThat(saved.status()).isEqualTo(201);
        assertThat(saved.json().path("name").asText()).isEqualTo("Overdue triage");
        assertThat(saved.json().path("view").asText()).isEqualTo("queue=ecu-triage&due=OVERDUE&sort=PRIORITY&order=DESC");
        assertThat(names(officer.get(PATH).json())).containsExactly("Overdue triage");
    }

    @Test
    void shouldDropValuesThatAreNotPlainFilterValues() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");

        ApiClient.Response saved = officer.post(PATH, Map.of("name", "Odd",
                "view", "queue=mine&area=%3Cscript%3E&unknown=1&due=TODAY"));

        assertThat(saved.json().path("view").asText()).isEqualTo("queue=mine&due=TODAY");
    }

    @Test
    void shouldShowEachUserOnlyTheirOwnViews_andLetOnlyTheOwnerDeleteOne() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        long id = officer.post(PATH, Map.of("name", "Mine overdue", "view", "queue=mine&due=OVERDUE"))
                .json().path("id").asLong();

        assertThat(names(supervisor.get(PATH).json())).isEmpty();
        assertThat(supervisor.send("DELETE", PATH + "/" + id, Map.of()).status()).isEqualTo(404);
        assertThat(names(officer.get(PATH).json())).containsExactly("Mine overdue");

        assertThat(officer.send("DELETE", PATH + "/" + id, Map.of()).status()).isEqualTo(204);
        assertThat(names(officer.get(PATH).json())).isEmpty();
    }

    @Test
    void shouldRefuseAMissingName_aNameAlreadyUsed_andMoreThanTheLimit() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        assertThat(officer.post(PATH, Map.of("name", "Overdue", "view", "due=OVERDUE")).status()).isEqualTo(201);

        assertRefused(officer.post(PATH, Map.of("name", " ", "view", "due=OVERDUE")), "Enter a name for this view");
        assertRefused(officer.post(PATH, Map.of("name", "OVERDUE", "view", "due=TODAY")),
                "You already have a view called OVERDUE");
        assertRefused(officer.post(PATH, Map.of("name", "x".repeat(61), "view", "due=TODAY")),
                "The name must be 60 characters or fewer");

        for (int i = 2; i <= SavedTaskViews.MAX_VIEWS; i++) {
            assertThat(officer.post(PATH, Map.of("name", "View " + i, "view", "due=TODAY")).status()).isEqualTo(201);
        }
        assertRefused(officer.post(PATH, Map.of("name", "One too many", "view", "due=TODAY")),
                "You can save up to 20 views; delete one first");
        assertThat(names(officer.get(PATH).json())).hasSize(SavedTaskViews.MAX_VIEWS).doesNotContain("One too many");
    }

    private static void assertRefused(ApiClient.Response response, String message) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/fieldErrors/0/field").asText()).isEqualTo("name");
        assertThat(response.json().at("/fieldErrors/0/message").asText()).isEqualTo(message);
    }

    private static List<String> names(JsonNode views) {
        return StreamSupport.stream(views.spliterator(), false).map(v -> v.path("name").asText()).toList();
    }
}
