package uk.police.ecu.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * A weekly victim list with a fraud code the product does not know yet, and with bad cells: nobody goes
 * unscreened for a code, a bad contact detail does not lose the person, and every bad row is named.
 */
@IntegrationTest
@DisplayName("POST /api/intake/victim-lists with unknown codes and bad cells")
class VictimListBadInputIntegrationTest {

    private static final String HEADER = "crime_reference,reported_date,nfib_code,victim_forename,victim_surname,"
            + "victim_date_of_birth,victim_phone,victim_email,ndm_score\n";
    private static final String UNKNOWN_CODE_REASON =
            "NFIB code NFIB4Z is not on the code list; screened on age, NDM score and repeat victim";
    private static final String LEFT_OUT = "; left out, the victim is listed without it";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    /** A run-unique tag for crime references and surnames, so reruns against the same database never collide. */
    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    /** Contact details of this run only: a shared number or address would link another test's victim. */
    private final String mobile = "07700 %06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000));
    private final String landline = "0121 %03d %04d".formatted(ThreadLocalRandom.current().nextInt(1_000),
            ThreadLocalRandom.current().nextInt(10_000));

    @Test
    void shouldListAndScreenAVictimWithAnUnknownNfibCode_referringTheOverSeventiesAndFlaggingTheCode() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        LocalDate reported = LocalDate.now(clock).minusDays(3);
        String file = HEADER
                + "VU%1$s-OLD,%2$s,NFIB4Z,Edith,Old%1$s,%3$s,,,2\n"
                + "VU%1$s-YOUNG,%2$s,nfib4z,Jay,Young%1$s,%4$s,,,2\n"
                + "VU%1$s-KNOWN,%2$s,NFIB3A,Kim,Known%1$s,%4$s,,,2\n";

        JsonNode job = officer.finishedImport(officer.upload("/api/intake/victim-lists", "codes.csv",
                bytes(file.formatted(run, reported, reported.minusYears(75), reported.minusYears(40)))));

        assertThat(job.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(job.get("errorRows").asInt()).as("no row refused for its code").isZero();
        assertThat(job.get("casesCreated").asInt()).isEqualTo(3);
        assertThat(job.get("flagged").asInt()).isEqualTo(2);
        assertThat(job.get("referred").asInt()).isEqualTo(1);
        assertThat(job.get("screenedOut").asInt()).isEqualTo(2);
        assertThat(report(officer, job)).extracting(e -> e.get("kind").asText(), e -> e.get("line").asInt(),
                        e -> e.get("columnName").asText(), e -> e.get("value").asText(), e -> e.get("reason").asText())
                .containsExactly(
                        tuple("FLAGGED", 2, "nfib_code", "NFIB4Z", UNKNOWN_CODE_REASON),
                        tuple("FLAGGED", 3, "nfib_code", "nfib4z", UNKNOWN_CODE_REASON));

        JsonNode old = onlyListing(officer, "VU" + run + "-OLD");
        assertThat(old.get("nfibCode").asText()).isEqualTo("NFIB4Z");
        assertThat(old.get("nfibName").isNull()).as("no name for a code not on the list").isTrue();
        assertThat(old.get("screeningResult").asText()).isEqualTo("REFERRED");
        assertThat(entries(old.get("screeningReasons"))).extracting(JsonNode::asText).containsExactly("AGED_70_OR_OVER");
        assertThat(old.get("referralReference").asText()).matches("VCR-\\d{6}");

        JsonNode young = onlyListing(officer, "VU" + run + "-YOUNG");
        assertThat(young.get("nfibCode").asText()).isEqualTo("NFIB4Z");
        assertThat(young.get("screeningResult").asText()).isEqualTo("SCREENED_OUT");
        assertThat(young.get("referralReference").isNull()).isTrue();
    }

    @Test
    void shouldLandTheGoodRowsOfAMixedList_refusingRowsWithNoUsableNameOrBirthDate_andKeepingPeopleWithBadContacts() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        LocalDate today = LocalDate.now(clock);
        LocalDate reported = today.minusDays(3);
        String file = HEADER
                + "VM%1$s-01,%2$s,NFIB3A,Good,One%1$s,1980-01-01,%4$s,good.%6$s@example.com,3\n"
                + "VM%1$s-02,%2$s,NFIB3A,  ,Blank%1$s,1980-01-01,,,3\n"
                + "VM%1$s-03,%2$s,NFIB3A,Sam,...,1980-01-01,,,3\n"
                + "VM%1$s-04,%2$s,NFIB3A,Ann,Future%1$s,%3$s,,,3\n"
                + "VM%1$s-05,%2$s,NFIB3A,Ann,Ancient%1$s,1899-12-31,,,3\n"
                + "VM%1$s-06,%2$s,NFIB3A,Ann,Long%1$s" + "x".repeat(1_000) + ",1980-01-01,,,3\n"
                + "VM%1$s-07,%2$s,NFIB3A,Pat,Phone%1$s,1980-01-01,not a number,pat.%6$s@example.com,3\n"
                + "VM%1$s-08,%2$s,NFIB3A,Lou,Email%1$s,1980-01-01,%5$s,lou.example.com,3\n"
                + "VM%1$s-09,%2$s,NFIB3A,Max,Huge%1$s,1980-01-01,," + "m".repeat(1_000) + "@example.com,3\n";

        JsonNode job = officer.finishedImport(officer.upload("/api/intake/victim-lists", "mixed.csv",
                bytes(file.formatted(run, reported, today.plusDays(1), mobile, landline, run.toLowerCase()))));

        assertThat(job.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(job.get("totalRows").asInt()).isEqualTo(9);
        assertThat(job.get("errorRows").asInt()).isEqualTo(5);
        assertThat(job.get("casesCreated").asInt()).isEqualTo(4);
        assertThat(job.get("flagged").asInt()).isEqualTo(3);
        assertThat(report(officer, job)).extracting(e -> e.get("kind").asText(), e -> e.get("line").asInt(),
                        e -> e.get("columnName").asText(), e -> e.get("reason").asText())
                .containsExactly(
                        tuple("ERROR", 3, "victim_forename", "Must not be blank"),
                        tuple("ERROR", 4, "victim_surname",
                                "Must contain a letter: a name cannot be only punctuation or digits"),
                        tuple("ERROR", 5, "victim_date_of_birth", "Must not be in the future (today is %s)"
                                .formatted(ukDate(today))),
                        tuple("ERROR", 6, "victim_date_of_birth", "Must not be before 01/01/1900"),
                        tuple("ERROR", 7, "victim_surname", "Must be 100 characters or fewer"),
                        tuple("FLAGGED", 8, "victim_phone",
                                "Must be a phone number: digits, with spaces, brackets or dashes" + LEFT_OUT),
                        tuple("FLAGGED", 9, "victim_email", "Must be an email address such as name@example.com" + LEFT_OUT),
                        tuple("FLAGGED", 10, "victim_email", "Must be 254 characters or fewer" + LEFT_OUT));

        JsonNode good = victim(officer, "VM" + run + "-01");
        assertThat(good.get("phone").asText()).isEqualTo(mobile.replace(" ", ""));
        assertThat(good.get("email").asText()).isEqualTo("good." + run.toLowerCase() + "@example.com");
        JsonNode phoneLeftOut = victim(officer, "VM" + run + "-07");
        assertThat(phoneLeftOut.get("phone").isNull()).isTrue();
        assertThat(phoneLeftOut.get("email").asText()).isEqualTo("pat." + run.toLowerCase() + "@example.com");
        JsonNode emailLeftOut = victim(officer, "VM" + run + "-08");
        assertThat(emailLeftOut.get("email").isNull()).isTrue();
        assertThat(emailLeftOut.get("phone").asText()).isEqualTo(landline.replace(" ", ""));
        assertThat(victim(officer, "VM" + run + "-09").get("email").isNull()).isTrue();
        assertThat(jdbc.sql("SELECT crime_reference FROM victim_listing WHERE crime_reference LIKE ? ORDER BY 1")
                .param("VM" + run + "%").query(String.class).list())
                .containsExactly("VM" + run + "-01", "VM" + run + "-07", "VM" + run + "-08", "VM" + run + "-09");
    }

    private JsonNode victim(ApiClient officer, String crimeReference) {
        UUID victimId = jdbc.sql("SELECT victim_id FROM victim_listing WHERE crime_reference = ?")
                .param(crimeReference).query(UUID.class).single();
        ApiClient.Response response = officer.get("/api/victim-care/victims/" + victimId);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode onlyListing(ApiClient officer, String crimeReference) {
        List<JsonNode> listings = entries(victim(officer, crimeReference).get("listings"));
        assertThat(listings).hasSize(1);
        return listings.get(0);
    }

    private static List<JsonNode> report(ApiClient officer, JsonNode job) {
        return entries(officer.get("/api/intake/imports/" + job.get("id").asText() + "/report").json());
    }

    private static String ukDate(LocalDate date) {
        return "%02d/%02d/%d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }


    private static List<JsonNode> entries(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
