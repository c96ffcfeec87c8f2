package uk.police.ecu.casework.victimcare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/** Victim care officers record the Protect activity they report on APMIS, list it, and correct a figure. */
@IntegrationTest
class ProtectActivityIntegrationTest {

    private static final String ACTIVITY = "/api/victim-care/protect-activity";
    private static final String TITLE = "PAIT ";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void removeWhatWasRecorded() {
        jdbc.sql("DELETE FROM protect_activity WHERE title LIKE 'PAIT %'").update();
    }

    @Test
    void shouldRecordAPostWithWhoAndWhen_listItForItsPeriod_andAuditTheRecording() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        long lastAudit = lastAudit();
        LocalDate posted = LocalDate.now(clock).minusDays(3);

        ApiClient.Response recorded = officer.post(ACTIVITY, activity("SOCIAL_MEDIA_POST", posted.toString(),
                TITLE + "Courier fraud warning", "1250"));

        assertThat(recorded.status()).isEqualTo(201);
        JsonNode post = recorded.json();
        assertThat(post.get("figure").asInt()).isEqualTo(1250);
        assertThat(post.get("recordedBy").asText()).isEqualTo("victim.care");
        assertThat(post.get("teamId").asText()).isEqualTo("ecvcu");
        assertThat(post.get("recordedAt").asText()).isNotBlank();
        String day = "?from=" + posted + "&to=" + posted;
        assertThat(ours(officer.get(ACTIVITY + day).json())).extracting(a -> a.get("title").asText())
                .containsExactly(TITLE + "Courier fraud warning");
        String dayAfter = "?from=" + posted.plusDays(1) + "&to=" + posted.plusDays(1);
        assertThat(ours(officer.get(ACTIVITY + dayAfter).json())).isEmpty();
        assertThat(audits(lastAudit, "COLLECTION", post.get("id").asText())).isEqualTo(1);
    }

    @Test
    void shouldLetTheTeamCorrectAFigure_auditingFromAndTo() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        JsonNode event = officer.post(ACTIVITY, activity("OUTREACH_EVENT", LocalDate.now(clock).toString(),
                TITLE + "Talk at a sheltered housing scheme", 40)).json();
        long lastAudit = lastAudit();

        ApiClient teammate = ApiClient.signedIn(port, "victim.care.supervisor");
        ApiClient.Response corrected = teammate.send("PUT", ACTIVITY + "/" + event.get("id").asText() + "/figure",
                Map.of("figure", 34));

        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().get("figure").asInt()).isEqualTo(34);
        assertThat(corrected.json().get("correctedBy").asText()).isEqualTo("victim.care.supervisor");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE id > :after AND operation = 'ALTERATION'
                        AND record_type = 'protect-activity' AND record_ids[1] = :id
                        AND details ->> 'from' = '40' AND details ->> 'to' = '34'""")
                .param("after", lastAudit).param("id", event.get("id").asText()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void shouldRefuseToCorrectAnotherTeamsFigure_andAnUnknownOne() {
        long id = jdbc.sql("""
                        INSERT INTO protect_activity (kind, held_on, title, figure, team_id, recorded_by, recorded_at)
                        VALUES ('OUTREACH_EVENT', :heldOn, 'PAIT Another team''s event', 12, 'ecvcu-elsewhere',
                            'someone.else', :at) RETURNING id""")
                .param("heldOn", LocalDate.now(clock)).param("at", OffsetDateTime.now(clock))
                .query(Long.class).single();
        ApiClient officer = ApiClient.signedIn(port, "victim.care");

        assertThat(officer.send("PUT", ACTIVITY + "/" + id + "/figure", Map.of("figure", 99)).status())
                .isEqualTo(403);
        assertThat(jdbc.sql("SELECT figure FROM protect_activity WHERE id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(12);
        assertThat(officer.send("PUT", ACTIVITY + "/-1/figure", Map.of("figure", 99)).status()).isEqualTo(404);
    }

    @Test
    void shouldNameEveryWrongAnswer_andRecordNothing() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        // Two days on, not one: still in the future should midnight pass between this line and the server's check.
        String future = LocalDate.now(clock).plusDays(2).toString();

        JsonNode refused = officer.post(ACTIVITY, activity("LEAFLET", future, " ", -5)).json();

        assertThat(fields(refused)).containsExactly(
                "kind:Choose whether it was a social media post or an outreach event",
                "heldOn:The date it was posted or held must be today or in the past",
                "title:Enter a short title for the post or event",
                "figure:The number must be 0 or more");
        String today = LocalDate.now(clock).toString();
        assertThat(fields(officer.post(ACTIVITY, activity("OUTREACH_EVENT", "2026-02-30", TITLE + "x".repeat(196),
                "10000001")).json())).containsExactly(
                "heldOn:The date it was posted or held must be a real date",
                "title:The title must be 200 characters or fewer",
                "figure:The number must be 10,000,000 or fewer");
        assertThat(fields(officer.post(ACTIVITY, activity("OUTREACH_EVENT", today, TITLE + "x", "2.5")).json()))
                .containsExactly("figure:The number must be a whole number, like 250");
        assertThat(fields(officer.post(ACTIVITY, Map.of()).json())).hasSize(4);
        assertThat(officer.post(ACTIVITY, activity("OUTREACH_EVENT", today, TITLE + "Nobody came", 0)).status())
                .as("nought people is a figure").isEqualTo(201);
        assertThat(jdbc.sql("SELECT count(*) FROM protect_activity WHERE title LIKE 'PAIT %'").query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void shouldRefuseEveryoneButVictimCareOfficers() {
        Map<String, Object> post = activity("SOCIAL_MEDIA_POST", LocalDate.now(clock).toString(), TITLE + "x", 1);
        for (String user : List.of("analyst", "ecu.officer", "ecu.supervisor")) {
            ApiClient someone = ApiClient.signedIn(port, user);
            assertThat(someone.post(ACTIVITY, post).status()).as(user).isEqualTo(403);
            assertThat(someone.get(ACTIVITY).status()).as(user).isEqualTo(403);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM protect_activity WHERE title LIKE 'PAIT %'").query(Long.class)
                .single()).isZero();
    }

    private static Map<String, Object> activity(String kind, String heldOn, String title, Object figure) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("heldOn", heldOn);
        body.put("title", title);
        body.put("figure", figure);
        return body;
    }

    private static List<JsonNode> ours(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(a -> a.get("title").asText().startsWith(TITLE)).toList();
    }

    private static List<String> fields(JsonNode error) {
        return StreamSupport.stream(error.get("fieldErrors").spliterator(), false)
                .map(e -> e.get("field").asText() + ":" + e.get("message").asText()).toList();
    }

    private long lastAudit() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
    }

    private long audits(long after, String operation, String id) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE id > :after AND operation = :operation
                        AND record_type = 'protect-activity' AND record_ids[1] = :id AND username = 'victim.care'""")
                .param("after", after).param("operation", operation).param("id", id).query(Long.class).single();
    }
}
