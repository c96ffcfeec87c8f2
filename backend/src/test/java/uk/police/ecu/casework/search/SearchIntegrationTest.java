package uk.police.ecu.casework.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.FixtureVictims;
import uk.police.ecu.casework.IntegrationTest;

/** The search box, as each user would use it: what they find, grouped by kind, and only what they may open. */
@IntegrationTest
class SearchIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    private String run;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        today = LocalDate.now(clock);
    }

    @Test
    void shouldFindACrimeByItsReference_exactMatchFirst_andByPartOfTheVictimsName() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String reference = "NFRC" + run;
        assertThat(officer.post("/api/fraud/disseminations", dissemination(reference, "Mary Smith" + run)).status())
                .isEqualTo(201);
        assertThat(officer.post("/api/fraud/disseminations", dissemination(reference + "2", "Other Person")).status())
                .isEqualTo(201);

        JsonNode byReference = search(officer, reference.toLowerCase());

        assertThat(kinds(byReference)).containsExactly("Crimes");
        JsonNode first = group(byReference, "CRIMES").get("results").get(0);
        assertThat(first.get("title").asText()).as("exact reference first").isEqualTo(reference);
        assertThat(first.get("path").asText()).isEqualTo("/cases/" + reference);
        assertThat(titles(group(byReference, "CRIMES"))).contains(reference + "2");

        JsonNode byName = search(officer, "smith" + run.toLowerCase());
        assertThat(titles(group(byName, "CRIMES"))).containsExactly(reference);
        assertThat(group(byName, "CRIMES").get("results").get(0).get("description").asText())
                .contains("Mary Smith" + run);
    }

    @Test
    void shouldFindAVictimByPartOfTheirName_ignoringAccents_andTheirReferral_andTheListByItsFileName() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        String crime = "VS" + run;
        String file = "crime_reference,reported_date,nfib_code,victim_forename,victim_surname,victim_date_of_birth,"
                + "victim_phone,victim_email,ndm_score,list_week\n"
                + crime + "," + today.minusDays(7) + ",NFIB1D,Zoë,Ó Briain" + run + ",1948-05-12,,,8," + today + "\n";
        JsonNode job = officer.finishedImport(officer.upload("/api/intake/victim-lists",
                "weekly-list-" + run + ".csv", file.getBytes(StandardCharsets.UTF_8)));
        assertThat(job.get("status").asText()).isEqualTo("COMPLETED");

        JsonNode byName = search(officer, "o briain" + run.toLowerCase());

        assertThat(kinds(byName)).containsExactly("Victims", "Victim care referrals");
        assertThat(titles(group(byName, "VICTIMS"))).containsExactly("Zoë Ó Briain" + run);
        assertThat(group(byName, "VICTIMS").get("results").get(0).get("path").asText())
                .startsWith("/victim-care/victims/");
        assertThat(group(byName, "REFERRALS").get("results").get(0).get("description").asText()).contains(crime);

        JsonNode byFile = search(officer, "weekly-list-" + run);
        assertThat(kinds(byFile)).containsExactly("Import files");
        assertThat(group(byFile, "IMPORTS").get("results").get(0).get("path").asText())
                .isEqualTo("/victim-care/imports/" + job.get("id").asText());
        assertThat(kinds(search(ApiClient.signedIn(port, "ecu.officer"), "weekly-list-" + run)))
                .as("a weekly victim list is not the ECU's to see").isEmpty();
    }

    @Test
    void shouldAuditASearchThatShowsPeople_asAConsultationOfThoseShown() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String reference = "NFRC" + run;
        officer.post("/api/fraud/disseminations", dissemination(reference, "Audited Person" + run));
        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();

        search(officer, "person" + run);

        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE id > ? AND username = 'ecu.officer'
                          AND operation = 'CONSULTATION' AND record_type = 'crime' AND ? = ANY (record_ids)
                          AND details ->> 'list' = 'search'""")
                .params(before, reference).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void shouldFindAParticipantByReference_butNotForADrugWorkerOfAnotherArea() {
        ApiClient o2r = ApiClient.signedIn(port, "o2r.officer");
        ApiClient.Response referred = o2r.post("/api/recovery/participants", participant("Sam Search" + run));
        assertThat(referred.status()).isEqualTo(201);
        String reference = referred.json().get("reference").asText();

        JsonNode found = search(ApiClient.signedIn(port, "drug.worker"), reference);
        assertThat(kinds(found)).containsExactly("O2R participants");
        assertThat(titles(group(found, "PARTICIPANTS")).get(0)).isEqualTo(reference);
        assertThat(group(found, "PARTICIPANTS").get("results").get(0).get("path").asText())
                .isEqualTo("/recovery/participants/" + reference);

        assertThat(kinds(search(ApiClient.signedIn(port, "drug.worker.coventry"), reference)))
                .as("a participant of another area is not shown").isEmpty();
        assertThat(kinds(search(ApiClient.signedIn(port, "drug.worker.coventry"), "search" + run))).isEmpty();
    }

    @Test
    void shouldShowAnAnalystAndAnAuditorNoVictimNames() {
        String reference = "NFRC" + run;
        ApiClient.signedIn(port, "ecu.officer").post("/api/fraud/disseminations",
                dissemination(reference, "Hidden Name" + run));

        for (String user : List.of("analyst", "auditor")) {
            ApiClient.Response response = ApiClient.signedIn(port, user).get("/api/search?q=hidden%20name" + run);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("groups")).as(user).isEmpty();
            assertThat(response.body()).doesNotContain("Hidden Name");
            assertThat(kinds(search(ApiClient.signedIn(port, user), reference))).as(user).isEmpty();
        }
    }

    @Test
    void shouldListTheRecordsTheUserOpenedLately_newestFirst_onAnEmptySearch() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String first = "NFRC" + run + "A";
        String second = "NFRC" + run + "B";
        officer.post("/api/fraud/disseminations", dissemination(first, "Recent One"));
        officer.post("/api/fraud/disseminations", dissemination(second, "Recent Two"));
        assertThat(officer.get("/api/fraud/cases/" + first).status()).isEqualTo(200);
        assertThat(officer.get("/api/fraud/cases/" + second).status()).isEqualTo(200);
        assertThat(officer.get("/api/fraud/cases/" + first).status()).isEqualTo(200);

        ApiClient.Response empty = officer.get("/api/search?q=");

        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().get("groups")).isEmpty();
        List<String> recent = new ArrayList<>();
        empty.json().get("recent").forEach(item -> recent.add(item.get("title").asText()));
        assertThat(recent).startsWith(first, second);
        assertThat(recent).hasSizeLessThanOrEqualTo(10).doesNotHaveDuplicates();
        assertThat(ApiClient.signedIn(port, "victim.care").get("/api/search").json().get("recent").toString())
                .as("another user's recent items are their own").doesNotContain(first);
    }

    @Test
    void shouldRefuseATooShortSearchClearly() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");

        ApiClient.Response tooShort = officer.get("/api/search?q=%20a%20");

        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("\"q\"").contains("at least 2 characters");
        assertThat(officer.get("/api/search?q=%25%25").status()).as("wildcards are text").isEqualTo(200);
        assertThat(officer.get("/api/search?q=" + "x".repeat(101)).status()).isEqualTo(400);
    }

    private static JsonNode search(ApiClient user, String q) {
        ApiClient.Response response = user.get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> kinds(JsonNode page) {
        return StreamSupport.stream(page.get("groups").spliterator(), false).map(g -> g.get("label").asText()).toList();
    }

    private static JsonNode group(JsonNode page, String kind) {
        return StreamSupport.stream(page.get("groups").spliterator(), false)
                .filter(g -> kind.equals(g.get("kind").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " in " + page));
    }

    private static List<String> titles(JsonNode group) {
        return StreamSupport.stream(group.get("results").spliterator(), false).map(r -> r.get("title").asText())
                .toList();
    }

    private Map<String, Object> dissemination(String reference, String victim) {
        return Map.of("crimeReference", reference, "reportedDate", today.minusDays(10).toString(),
                "nfibCode", "NFIB3A", "victimType", "INDIVIDUAL", "victimName", victim, "lossGbp", 120,
                "victimDateOfBirth", FixtureVictims.uniqueDateOfBirth().toString(), "ndmScore", 2);
    }

    private Map<String, Object> participant(String name) {
        List<Map<String, Object>> offences = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            offences.add(Map.of("offenceDate", today.minusDays(5L + 40L * i).toString(), "valueStolenGbp", 35.99,
                    "retailer", "High Street Chemist"));
        }
        return Map.of("name", name, "dateOfBirth", "1985-04-02", "localAuthority", "birmingham",
                "referralSource", "OFFICER", "substanceMisuse", "DRUGS", "weeklyDrugSpendGbp", 280,
                "offences", offences, "notes", "Seen in custody");
    }
}
