package uk.police.ecu.casework.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/** Officers note when to come back to a task and leave comments on it; the list shows both. */
@IntegrationTest
class TaskFollowUpAndCommentsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void shouldShowTheFollowUpDateInTheList_andFindTasksWhoseFollowUpHasCome() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        Triage later = claimedTriage(officer);
        Triage today = claimedTriage(officer);
        LocalDate inThreeDays = LocalDate.now(clock).plusDays(3);

        assertThat(officer.send("PUT", "/api/tasks/" + later.id() + "/follow-up",
                Map.of("followUp", inThreeDays.toString())).status()).isEqualTo(204);
        assertThat(officer.send("PUT", "/api/tasks/" + today.id() + "/follow-up",
                Map.of("followUp", LocalDate.now(clock).toString())).status()).isEqualTo(204);

        JsonNode row = row(officer, "/api/tasks?queue=mine&q=" + later.reference(), later.reference());
        assertThat(row.get("followUp").asText()).isEqualTo(inThreeDays.toString());
        assertThat(row.get("followUpOverdue").asBoolean()).isFalse();
        assertThat(officer.get("/api/tasks/" + later.id()).json().get("task").get("followUp").asText())
                .as("the task page shows it too").isEqualTo(inThreeDays.toString());

        List<String> due = references(officer.get("/api/tasks?queue=mine&followUpDue=true&size=100").json());
        assertThat(due).as("follow-up due").contains(today.reference()).doesNotContain(later.reference());
        List<String> sorted = references(officer.get("/api/tasks?queue=mine&sort=FOLLOW_UP&size=100").json());
        assertThat(sorted.indexOf(today.reference())).as("sorted by follow-up")
                .isLessThan(sorted.indexOf(later.reference()));

        assertThat(officer.send("DELETE", "/api/tasks/" + later.id() + "/follow-up", null).status()).isEqualTo(204);
        assertThat(row(officer, "/api/tasks?queue=mine&q=" + later.reference(), later.reference())
                .hasNonNull("followUp")).as("cleared").isFalse();
    }

    @Test
    void shouldRefuseAFollowUpFromSomeoneWhoMayNotWorkTheTask_andAPastDate() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        Triage task = claimedTriage(officer);
        String tomorrow = LocalDate.now(clock).plusDays(1).toString();

        ApiClient teamMate = ApiClient.signedIn(port, "ecu.officer2");
        assertThat(teamMate.send("PUT", "/api/tasks/" + task.id() + "/follow-up", Map.of("followUp", tomorrow))
                .status()).as("a team mate, while the officer holds it").isEqualTo(403);
        ApiClient drugWorker = ApiClient.signedIn(port, "drug.worker");
        assertThat(drugWorker.send("PUT", "/api/tasks/" + task.id() + "/follow-up", Map.of("followUp", tomorrow))
                .status()).as("another team").isEqualTo(404);

        ApiClient.Response past = officer.send("PUT", "/api/tasks/" + task.id() + "/follow-up",
                Map.of("followUp", LocalDate.now(clock).minusDays(1).toString()));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("fieldErrors").get(0).get("field").asText()).isEqualTo("followUp");
        assertThat(past.json().get("fieldErrors").get(0).get("message").asText())
                .isEqualTo("The follow-up date must be today or in the future");
        ApiClient.Response unreal = officer.send("PUT", "/api/tasks/" + task.id() + "/follow-up",
                Map.of("followUp", "2026-02-30"));
        assertThat(unreal.status()).isEqualTo(400);
        assertThat(unreal.json().get("fieldErrors").get(0).get("message").asText()).contains("real date");
        assertThat(row(officer, "/api/tasks?queue=mine&q=" + task.reference(), task.reference())
                .hasNonNull("followUp")).as("nothing set").isFalse();
    }

    @Test
    void shouldShowACommentWithItsAuthorsName_toTheTeam_butNotToAnotherTeam() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        Triage task = claimedTriage(officer);
        String secret = "Victim prefers calls after 5pm " + UUID.randomUUID();

        ApiClient.Response added = officer.post("/api/tasks/" + task.id() + "/comments", Map.of("comment", secret));
        assertThat(added.status()).isEqualTo(201);

        String officerName = jdbc.queryForObject("SELECT display_name FROM app_user WHERE username = 'ecu.officer'",
                String.class);
        ApiClient teamMate = ApiClient.signedIn(port, "ecu.officer2");
        JsonNode comments = teamMate.get("/api/tasks/" + task.id() + "/comments").json();
        assertThat(comments).hasSize(1);
        assertThat(comments.get(0).get("text").asText()).isEqualTo(secret);
        assertThat(comments.get(0).get("author").asText()).isEqualTo(officerName).isNotEqualTo("ecu.officer");
        assertThat(comments.get(0).get("left").asText()).startsWith(LocalDate.now(clock).toString());

        JsonNode row = row(officer, "/api/tasks?queue=mine&q=" + task.reference(), task.reference());
        assertThat(row.get("comments").asInt()).isEqualTo(1);
        assertThat(row.hasNonNull("lastComment")).isTrue();

        ApiClient drugWorker = ApiClient.signedIn(port, "drug.worker");
        assertThat(drugWorker.get("/api/tasks/" + task.id() + "/comments").status()).isEqualTo(404);
        assertThat(drugWorker.post("/api/tasks/" + task.id() + "/comments", Map.of("comment", "x")).status())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE details::text LIKE ?", Long.class,
                "%" + secret + "%")).as("the comment's text in the audit trail").isZero();
    }

    @Test
    void shouldRefuseABlankOrOverlongComment() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        Triage task = claimedTriage(officer);

        ApiClient.Response blank = officer.post("/api/tasks/" + task.id() + "/comments", Map.of("comment", "   "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("fieldErrors").get(0).get("message").asText()).isEqualTo("Enter a comment");
        ApiClient.Response tooLong = officer.post("/api/tasks/" + task.id() + "/comments",
                Map.of("comment", "x".repeat(TaskComments.MAX_LENGTH + 1)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(officer.get("/api/tasks/" + task.id() + "/comments").json()).isEmpty();
    }

    private record Triage(String id, String reference) {
    }

    private static Triage claimedTriage(ApiClient officer) {
        String reference = "NFRC" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(officer.post("/api/fraud/disseminations",
                TaskJourneyIntegrationTest.dissemination(reference, "Ada Lovelace")).status()).isEqualTo(201);
        String taskId = row(officer, "/api/tasks?queue=ecu-triage&q=" + reference, reference).get("id").asText();
        assertThat(officer.post("/api/tasks/" + taskId + "/claim").status()).isEqualTo(204);
        return new Triage(taskId, reference);
    }

    private static JsonNode row(ApiClient user, String path, String reference) {
        return StreamSupport.stream(user.get(path).json().path("tasks").spliterator(), false)
                .filter(t -> reference.equals(t.path("caseReference").asText())).findFirst().orElseThrow();
    }

    private static List<String> references(JsonNode page) {
        return StreamSupport.stream(page.path("tasks").spliterator(), false)
                .map(t -> t.path("caseReference").asText()).toList();
    }
}
