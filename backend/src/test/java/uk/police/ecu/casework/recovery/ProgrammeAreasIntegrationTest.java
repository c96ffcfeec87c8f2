package uk.police.ecu.casework.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * The programme's areas as an administrator keeps them over HTTP: the board papers' history seeded, each change
 * checked, audited and kept in the area's history, and a pilot area taking referrals. Changes use Sandwell,
 * which no other test puts on the programme, and put it back.
 */
@IntegrationTest
class ProgrammeAreasIntegrationTest {

    private static final String AREAS = "/api/recovery/local-authorities";

    @LocalServerPort
    int port;

    @Autowired
    ProgrammeCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    private LocalDate today;
    private ApiClient admin;
    private ApiClient officer;

    @BeforeEach
    void signIn() {
        today = calendar.today();
        admin = ApiClient.signedIn(port, "admin");
        officer = ApiClient.signedIn(port, "o2r.officer");
    }

    @AfterEach
    void takeSandwellOffTheProgramme() {
        admin.send("PUT", AREAS + "/sandwell", change(null, null, null, "Test over"));
    }

    @Test
    void shouldShowBirminghamAsAPilotSince2021AfterErdingtonIn2018_asTheBoardPaperSays() {
        JsonNode birmingham = area(officer.get(AREAS).json(), "birmingham");
        assertThat(birmingham.get("status").asText()).isEqualTo("PILOT");
        assertThat(birmingham.get("pilotFrom").asText()).isEqualTo("2021-01-01");
        assertThat(birmingham.hasNonNull("liveFrom")).isFalse();
        assertThat(birmingham.get("takingReferralsToday").asBoolean()).isTrue();
        assertThat(birmingham.get("source").asText()).contains("2024 board paper", "paragraph 35", "years only");

        JsonNode changes = admin.get(AREAS + "/birmingham/history").json().get("changes");
        assertThat(changes.get(0).get("pilotFrom").asText()).isEqualTo("2018-01-01");
        assertThat(changes.get(0).get("note").asText()).contains("Erdington");
        assertThat(changes.get(1).get("pilotFrom").asText()).isEqualTo("2021-01-01");
        assertThat(changes.get(1).get("note").asText()).contains("across Birmingham");
        assertThat(area(officer.get(AREAS).json(), "coventry").get("status").asText()).isEqualTo("NOT_STARTED");
    }

    @Test
    void shouldAuditAnAdministratorsChangeAndShowItInTheAreasHistory() {
        String pilotFrom = today.minusDays(30).toString();
        String note = "Board agreed the pilot " + UUID.randomUUID();

        ApiClient.Response changed = admin.send("PUT", AREAS + "/sandwell", change("PILOT", pilotFrom, null, note));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("status").asText()).isEqualTo("PILOT");
        assertThat(changed.json().get("takingReferralsToday").asBoolean()).isTrue();
        assertThat(changed.json().get("liveToday").asBoolean()).isFalse();
        JsonNode last = last(admin.get(AREAS + "/sandwell/history").json().get("changes"));
        assertThat(last.get("changedBy").asText()).isEqualTo("admin");
        assertThat(last.get("status").asText()).isEqualTo("PILOT");
        assertThat(last.get("pilotFrom").asText()).isEqualTo(pilotFrom);
        assertThat(last.get("note").asText()).isEqualTo(note);
        Map<String, Object> audited = jdbc.sql("""
                        SELECT username, details ->> 'statusBefore' AS before, details ->> 'status' AS after,
                               details ->> 'pilotFrom' AS pilot
                          FROM audit_event WHERE operation = 'ALTERATION' AND record_type = 'o2r-local-authority'
                           AND details ->> 'note' = :note""")
                .param("note", note).query().singleRow();
        assertThat(audited).containsEntry("username", "admin").containsEntry("before", "NOT_STARTED")
                .containsEntry("after", "PILOT").containsEntry("pilot", pilotFrom);
    }

    @Test
    void shouldTakeReferralsFromAPilotArea() {
        ApiClient.Response before = officer.post("/api/recovery/participants", referral("sandwell"));
        assertThat(before.json().get("ineligibilityReasons")).extracting(JsonNode::asText).containsExactly("AREA_NOT_LIVE");

        admin.send("PUT", AREAS + "/sandwell", change("PILOT", today.minusDays(7).toString(), null, "Pilot"));
        ApiClient.Response during = officer.post("/api/recovery/participants", referral("sandwell"));

        assertThat(during.status()).isEqualTo(201);
        assertThat(during.json().get("status").asText()).isEqualTo("AWAITING_ASSESSMENT");
        assertThat(during.json().get("ineligibilityReasons")).isEmpty();
    }

    @Test
    void shouldTakeBirminghamReferralsFromThePilotIn2021ButNotBefore() {
        ApiClient.Response during = officer.post("/api/recovery/participants",
                referral("birmingham", LocalDate.of(2022, 6, 1)));
        ApiClient.Response before = officer.post("/api/recovery/participants",
                referral("birmingham", LocalDate.of(2020, 6, 1)));

        assertThat(during.json().get("status").asText()).as(during.body()).isEqualTo("AWAITING_ASSESSMENT");
        assertThat(before.json().get("ineligibilityReasons")).extracting(JsonNode::asText)
                .containsExactly("AREA_NOT_LIVE");
    }

    @Test
    void shouldNameEachWrongDateAndSaveNothing() {
        ApiClient.Response liveBeforePilot = admin.send("PUT", AREAS + "/sandwell",
                change("LIVE", today.minusDays(10).toString(), today.minusDays(20).toString(), null));
        assertThat(liveBeforePilot.status()).isEqualTo(400);
        assertThat(fields(liveBeforePilot)).containsExactly("liveFrom");
        assertThat(message(liveBeforePilot)).contains("after the pilot-from date");

        ApiClient.Response pilotNotYetBegun = admin.send("PUT", AREAS + "/sandwell",
                change("PILOT", today.plusDays(10).toString(), null, null));
        assertThat(fields(pilotNotYetBegun)).containsExactly("pilotFrom");

        ApiClient.Response liveWithoutDate = admin.send("PUT", AREAS + "/sandwell", change("LIVE", null, null, null));
        assertThat(fields(liveWithoutDate)).containsExactly("liveFrom");

        ApiClient.Response notStartedButBegun = admin.send("PUT", AREAS + "/sandwell",
                change("NOT_STARTED", today.minusDays(1).toString(), null, null));
        assertThat(fields(notStartedButBegun)).containsExactly("pilotFrom");

        assertThat(area(officer.get(AREAS).json(), "sandwell").get("status").asText()).isEqualTo("NOT_STARTED");
    }

    @Test
    void shouldMarkTheForcesOwnOutcomeCodesAsLocal_notAsFromTheBoardPapers() {
        JsonNode codes = officer.get("/api/reference/outcome-codes").json();
        List<String> local = new java.util.ArrayList<>();
        codes.forEach(code -> {
            if (code.get("local").asBoolean()) {
                local.add(code.get("code").asText());
                assertThat(code.get("source").asText()).startsWith("Local code: not in the board papers");
            }
        });
        assertThat(local).containsExactly("1B", "1D", "1E");
    }

    @Test
    void shouldRefuseAnyoneButAnAdministrator() {
        assertThat(officer.send("PUT", AREAS + "/sandwell", change("PILOT", today.toString(), null, null)).status())
                .isEqualTo(403);
        assertThat(officer.get(AREAS + "/sandwell/history").status()).isEqualTo(403);
        assertThat(ApiClient.signedIn(port, "drug.worker").get(AREAS).status()).isEqualTo(403);
        assertThat(area(officer.get(AREAS).json(), "sandwell").get("status").asText()).isEqualTo("NOT_STARTED");
    }

    private static Map<String, Object> change(String status, String pilotFrom, String liveFrom, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("pilotFrom", pilotFrom);
        body.put("liveFrom", liveFrom);
        body.put("note", note);
        return body;
    }

    private Map<String, Object> referral(String area) {
        return referral(area, today);
    }

    private Map<String, Object> referral(String area, LocalDate referred) {
        List<Map<String, Object>> offences = List.of(0, 1, 2).stream()
                .map(i -> Map.<String, Object>of("offenceDate", referred.minusDays(5L + 40L * i).toString(),
                        "valueStolenGbp", 20, "retailer", "Corner Shop"))
                .toList();
        Map<String, Object> referral = new HashMap<>(Map.of("name", "Pilot Person " + UUID.randomUUID().toString()
                        .substring(0, 8), "dateOfBirth", "1980-06-01", "localAuthority", area, "referralSource", "OFFICER",
                "substanceMisuse", "DRUGS", "weeklyDrugSpendGbp", 150, "offences", offences, "notes", "Pilot test"));
        referral.put("referralDate", referred.toString());
        return referral;
    }

    private static JsonNode area(JsonNode areas, String id) {
        for (JsonNode area : areas) {
            if (area.get("id").asText().equals(id)) {
                return area;
            }
        }
        throw new AssertionError("no area " + id + " in " + areas);
    }

    private static JsonNode last(JsonNode changes) {
        return changes.get(changes.size() - 1);
    }

    private static List<String> fields(ApiClient.Response response) {
        List<String> fields = new java.util.ArrayList<>();
        response.json().get("fieldErrors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static String message(ApiClient.Response response) {
        return response.json().get("fieldErrors").get(0).get("message").asText();
    }
}
