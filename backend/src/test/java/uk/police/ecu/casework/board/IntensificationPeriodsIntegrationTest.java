package uk.police.ecu.casework.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * Campaigns as supervisors keep them over HTTP: added, corrected, each rule named against its field, audited, and
 * counted by the board report from the moment they are added. Everything made (in 2094) is removed afterwards.
 */
@IntegrationTest
class IntensificationPeriodsIntegrationTest {

    private static final String CAMPAIGNS = "/api/board-report/intensification-periods";
    private static final String NAME = "Test campaign 2094";

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private ApiClient supervisor;
    private ApiClient analyst;

    @BeforeEach
    void signIn() {
        supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        analyst = ApiClient.signedIn(port, "analyst");
    }

    @AfterEach
    void removeThem() {
        jdbc.sql("DELETE FROM intensification_period WHERE name LIKE 'Test campaign 2094%'").update();
        jdbc.sql("DELETE FROM crime WHERE crime_reference LIKE 'IPT94-%'").update();
    }

    @Test
    void shouldAddACampaignThatAnAnalystThenSeesWithItsFraudTypesNamed() {
        ApiClient.Response added = supervisor.post(CAMPAIGNS,
                campaign(NAME, "2094-05-01", "2094-05-31", List.of("NFIB3A", "NFIB1D"), "City of London Police email"));

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("changedBy").asText()).isEqualTo("ecu.supervisor");
        JsonNode listed = named(analyst.get(CAMPAIGNS).json(), NAME);
        assertThat(listed.get("startsOn").asText()).isEqualTo("2094-05-01");
        assertThat(listed.get("endsOn").asText()).isEqualTo("2094-05-31");
        assertThat(listed.get("source").asText()).isEqualTo("City of London Police email");
        assertThat(listed.get("fraudTypes")).extracting(t -> t.get("code").asText())
                .containsExactly("NFIB1D", "NFIB3A");
        assertThat(listed.get("fraudTypes").get(0).get("label").asText()).isNotBlank().isNotEqualTo("NFIB1D");
        assertThat(audited("COLLECTION", added.json().get("id").asText()).get("fraudTypes"))
                .isEqualTo("[\"NFIB1D\", \"NFIB3A\"]");
    }

    @Test
    void shouldCorrectACampaignsDatesAndAuditWhatTheyWereAndAreNow() {
        String id = supervisor.post(CAMPAIGNS, campaign(NAME, "2094-02-01", "2094-02-28", List.of("NFIB1D"), null))
                .json().get("id").asText();

        ApiClient.Response changed = supervisor.send("PUT", CAMPAIGNS + "/" + id,
                campaign(NAME, "2094-02-07", "2094-02-21", List.of("NFIB1D"), "National campaign announced"));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("startsOn").asText()).isEqualTo("2094-02-07");
        assertThat(named(analyst.get(CAMPAIGNS).json(), NAME).get("endsOn").asText()).isEqualTo("2094-02-21");
        Map<String, String> audit = audited("ALTERATION", id);
        assertThat(audit).containsEntry("username", "ecu.supervisor")
                .containsEntry("startsOnBefore", "2094-02-01").containsEntry("startsOn", "2094-02-07")
                .containsEntry("endsOnBefore", "2094-02-28").containsEntry("endsOn", "2094-02-21")
                .containsEntry("source", "National campaign announced").containsEntry("nameBefore", null);
    }

    @Test
    void shouldNameEachFieldThatIsWrongAndSaveNothing() {
        supervisor.post(CAMPAIGNS, campaign(NAME, "2094-03-01", "2094-03-31", List.of("NFIB1D"), null));

        ApiClient.Response empty = supervisor.post(CAMPAIGNS, campaign(" ", null, null, List.of(), null));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(fields(empty)).containsExactlyInAnyOrder("name", "startsOn", "endsOn", "fraudTypes");

        ApiClient.Response wrong = supervisor.post(CAMPAIGNS,
                campaign(NAME.toUpperCase(), "2094-03-31", "2094-03-01", List.of("NFIB1D", "NFIB99Z"), null));
        assertThat(fields(wrong)).containsExactlyInAnyOrder("name", "endsOn", "fraudTypes");
        assertThat(wrong.body()).contains("already a campaign", "NFIB99Z");

        ApiClient.Response tooLong = supervisor.post(CAMPAIGNS,
                campaign(NAME + "x".repeat(120), "2094-03-01", "2094-03-01", List.of("NFIB1D"), null));
        assertThat(fields(tooLong)).containsExactly("name");

        assertThat(jdbc.sql("SELECT count(*) FROM intensification_period WHERE name ILIKE 'Test campaign 2094%'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void shouldLetAnAnalystReadButNotAddOrChange() {
        String id = supervisor.post(CAMPAIGNS, campaign(NAME, "2094-04-01", "2094-04-30", List.of("NFIB1D"), null))
                .json().get("id").asText();

        assertThat(analyst.get(CAMPAIGNS).status()).isEqualTo(200);
        assertThat(analyst.post(CAMPAIGNS, campaign(NAME + " B", "2094-04-01", "2094-04-30", List.of("NFIB1D"), null))
                .status()).isEqualTo(403);
        assertThat(analyst.send("PUT", CAMPAIGNS + "/" + id,
                campaign(NAME, "2094-04-02", "2094-04-30", List.of("NFIB1D"), null)).status()).isEqualTo(403);
        assertThat(ApiClient.signedIn(port, "ecu.officer").get(CAMPAIGNS).status()).isEqualTo(403);
        assertThat(named(analyst.get(CAMPAIGNS).json(), NAME).get("startsOn").asText()).isEqualTo("2094-04-01");
        assertThat(supervisor.send("PUT", CAMPAIGNS + "/999999999",
                campaign(NAME, "2094-04-02", "2094-04-30", List.of("NFIB1D"), null)).status()).isEqualTo(404);
    }

    @Test
    void shouldCountANewlyAddedCampaignsCrimesInTheBoardReport() {
        crime("IPT94-1", "2094-06-10", "NFIB3A");
        crime("IPT94-2", "2094-06-12", "NFIB3A");
        crime("IPT94-3", "2094-06-12", "NFIB1D");
        crime("IPT94-4", "2094-05-28", "NFIB3A");
        String id = supervisor.post(CAMPAIGNS, campaign(NAME, "2094-06-08", "2094-06-14", List.of("NFIB3A"), null))
                .json().get("id").asText();

        JsonNode report = analyst.get("/api/board-report?from=2094-06-01&to=2094-06-30").json();
        JsonNode counted = named(report.get("intensificationPeriods"), NAME);
        assertThat(counted.get("reports").asLong()).isEqualTo(2);
        assertThat(counted.get("reportsBefore").asLong()).isZero();
        JsonNode cases = supervisor.get("/api/board-report/cases?figure=INTENSIFICATION:" + id
                + "&from=2094-06-01&to=2094-06-30").json();
        List<String> references = new ArrayList<>();
        cases.forEach(c -> references.add(c.get("crimeReference").asText()));
        assertThat(references).containsExactly("IPT94-1", "IPT94-2");
    }

    private static Map<String, Object> campaign(String name, String startsOn, String endsOn, List<String> fraudTypes,
                                                String source) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("startsOn", startsOn);
        body.put("endsOn", endsOn);
        body.put("fraudTypes", fraudTypes);
        body.put("source", source);
        return body;
    }

    private Map<String, String> audited(String operation, String id) {
        return jdbc.sql("""
                        SELECT username, details ->> 'fraudTypes' AS "fraudTypes",
                               details ->> 'startsOnBefore' AS "startsOnBefore", details ->> 'startsOn' AS "startsOn",
                               details ->> 'endsOnBefore' AS "endsOnBefore", details ->> 'endsOn' AS "endsOn",
                               details ->> 'source' AS source, details ->> 'nameBefore' AS "nameBefore"
                          FROM audit_event WHERE operation = :operation AND record_type = 'intensification-period'
                           AND :id = ANY (record_ids) ORDER BY id DESC LIMIT 1""")
                .param("operation", operation).param("id", id)
                .query((rs, n) -> {
                    Map<String, String> row = new HashMap<>();
                    for (String column : List.of("username", "fraudTypes", "startsOnBefore", "startsOn",
                            "endsOnBefore", "endsOn", "source", "nameBefore")) {
                        row.put(column, rs.getString(column));
                    }
                    return row;
                }).single();
    }

    private static List<String> fields(ApiClient.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("fieldErrors").forEach(f -> fields.add(f.get("field").asText()));
        return fields;
    }

    private static JsonNode named(JsonNode campaigns, String name) {
        for (JsonNode campaign : campaigns) {
            if (campaign.get("name").asText().equals(name)) {
                return campaign;
            }
        }
        throw new AssertionError("no campaign " + name + " in " + campaigns);
    }

    private void crime(String reference, String reported, String nfib) {
        jdbc.sql("""
                        INSERT INTO crime (crime_reference, reported_date, nfib_code, original_nfib_code, victim_type,
                            victim_name, status, received_at, received_by)
                        VALUES (:ref, :reported, :nfib, :nfib, 'INDIVIDUAL', 'Campaign Victim', 'RECEIVED', :receivedAt,
                            'ecu.officer')""")
                .param("ref", reference).param("reported", LocalDate.parse(reported)).param("nfib", nfib)
                .param("receivedAt", OffsetDateTime.parse(reported + "T09:00:00Z")).update();
    }
}
