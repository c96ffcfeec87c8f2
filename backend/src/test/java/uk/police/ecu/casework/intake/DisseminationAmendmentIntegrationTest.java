package uk.police.ecu.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/** NFIB sends a crime again: unchanged it is a duplicate, changed it amends the case and asks for a review. */
@IntegrationTest
@DisplayName("POST /api/intake/disseminations, a crime sent again")
class DisseminationAmendmentIntegrationTest {

    private static final String HEADER =
            "crime_reference,reported_date,nfib_code,victim_type,victim_name,victim_date_of_birth,loss_gbp,suspect_details\n";

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    private final String batch = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @Test
    void shouldCountAnUnchangedResendAsDuplicates_andAChangedOneAsAnAmendmentTheTriageTeamReviews() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String ann = "NFRC" + batch + "A1";
        String bob = "NFRC" + batch + "A2";
        String original = HEADER
                + row(ann, "Ann Lee", "1950-04-02", "640", "")
                + row(bob, "Bob Hart", "", "75", "");

        JsonNode first = finished(officer, officer.upload("/api/intake/disseminations", "week1.csv", bytes(original)));
        assertThat(first.get("casesCreated").asInt()).isEqualTo(2);

        JsonNode same = finished(officer, officer.upload("/api/intake/disseminations", "week1-again.csv",
                bytes(original)));
        assertThat(same.get("casesCreated").asInt()).isZero();
        assertThat(same.get("duplicates").asInt()).isEqualTo(2);
        assertThat(same.get("flagged").asInt()).isZero();
        assertThat(officer.get("/api/fraud/cases/" + ann).json().get("amendments")).isEmpty();

        String changed = HEADER
                + row(ann, "Anne Lee", "1950-04-02", "900", "Male caller, says he is from the bank")
                + row(bob, "Bob Hart", "", "75", "");
        JsonNode amended = finished(officer, officer.upload("/api/intake/disseminations", "week1-corrected.csv",
                bytes(changed)));

        assertThat(amended.get("casesCreated").asInt()).isZero();
        assertThat(amended.get("duplicates").asInt()).isEqualTo(1);
        assertThat(amended.get("flagged").asInt()).isEqualTo(1);
        JsonNode flagged = entries(officer.get("/api/intake/imports/" + amended.get("id").asText() + "/report").json())
                .stream().filter(e -> e.get("kind").asText().equals("FLAGGED")).findFirst().orElseThrow();
        assertThat(flagged.get("line").asInt()).isEqualTo(2);
        assertThat(flagged.get("reason").asText()).startsWith(
                "Amendment: victim name Ann Lee → Anne Lee, loss £640 → £900, suspect details (none) → Male caller");

        JsonNode page = officer.get("/api/fraud/cases/" + ann).json();
        assertThat(page.get("crime").get("lossGbp").decimalValue()).isEqualByComparingTo("900");
        assertThat(page.get("crime").get("victimName").asText()).isEqualTo("Anne Lee");
        JsonNode amendment = only(page.get("amendments"));
        assertThat(entries(amendment.get("changes")))
                .extracting(c -> c.get("field").asText(), c -> c.path("was").asText(null), c -> c.get("now").asText())
                .containsExactly(tuple("victimName", "Ann Lee", "Anne Lee"), tuple("lossGbp", "£640", "£900"),
                        tuple("suspectDetails", null, "Male caller, says he is from the bank"));
        assertThat(amendment.hasNonNull("acknowledgedAt")).as("acknowledged").isFalse();
        assertThat(amendment.get("importLine").asInt()).isEqualTo(2);
        assertThat(entries(page.get("history"))).extracting(e -> e.get("what").asText()).contains("Amended by NFIB");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE operation = 'ALTERATION' AND record_type = 'crime'
                        AND :reference = ANY (record_ids) AND details->>'change' = 'NFIB amendment'""")
                .param("reference", ann).query(Integer.class).single()).isEqualTo(1);

        JsonNode review = entries(officer.get("/api/tasks?queue=ecu-triage&q=" + ann).json().get("tasks")).stream()
                .filter(t -> t.get("taskType").asText().equals("Task_ReviewAmendment")).findFirst().orElseThrow();
        assertThat(entries(page.get("currentTasks"))).extracting(t -> t.get("taskType").asText())
                .contains("Task_Triage", "Task_ReviewAmendment");
        String taskId = review.get("id").asText();
        officer.post("/api/tasks/" + taskId + "/claim");
        assertThat(officer.post("/api/tasks/" + taskId + "/complete", Map.of("reviewed", false)).status())
                .as("the officer must say they reviewed it").isEqualTo(400);
        assertThat(officer.post("/api/tasks/" + taskId + "/complete", Map.of("reviewed", true)).status())
                .isEqualTo(204);

        JsonNode acknowledged = only(officer.get("/api/fraud/cases/" + ann).json().get("amendments"));
        assertThat(acknowledged.hasNonNull("acknowledgedAt")).as("acknowledged").isTrue();
        assertThat(acknowledged.get("acknowledgedBy").asText()).isEqualTo("ecu.officer");
        assertThat(officer.get("/api/fraud/cases/" + bob).json().get("amendments")).isEmpty();
    }

    @Test
    void shouldPutTheAmendmentOfAnAllocatedCaseInFrontOfItsOfficer() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String reference = "NFRC" + batch + "B1";
        finished(officer, officer.upload("/api/intake/disseminations", "one.csv",
                bytes(HEADER + row(reference, "Cara Diaz", "", "5000", ""))));
        String triage = only(officer.get("/api/tasks?queue=ecu-triage&q=" + reference).json().get("tasks"))
                .get("id").asText();
        officer.post("/api/tasks/" + triage + "/claim");
        assertThat(officer.post("/api/tasks/" + triage + "/complete", Map.of("linesOfEnquiry",
                List.of("Trace the account"), "priority", "HIGH", "decision", "ALLOCATE_ECU", "officer", "ecu.officer"))
                .status()).isEqualTo(204);

        finished(officer, officer.upload("/api/intake/disseminations", "one-corrected.csv",
                bytes(HEADER + row(reference, "Cara Diaz", "", "5200", ""))));

        JsonNode review = entries(officer.get("/api/fraud/cases/" + reference).json().get("currentTasks")).stream()
                .filter(t -> t.get("taskType").asText().equals("Task_ReviewAmendment")).findFirst().orElseThrow();
        assertThat(review.get("assignee").asText()).isEqualTo("ecu.officer");
    }

    @Test
    void shouldCountARowRepeatedUnchangedInOneFileOnce_acrossBatches() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String repeated = "NFRC" + batch + "C0";
        StringBuilder csv = new StringBuilder(HEADER).append(row(repeated, "Dev Patel", "", "300", ""));
        for (int i = 1; i <= 120; i++) {
            csv.append(row("NFRC" + batch + "C" + i, "Victim " + i, "", "100", ""));
        }
        csv.append(row(repeated, "Dev Patel", "", "300", ""));

        JsonNode done = finished(officer, officer.upload("/api/intake/disseminations", "repeats.csv", bytes(csv.toString())));

        assertThat(done.get("errorRows").asInt()).isZero();
        assertThat(done.get("casesCreated").asInt()).isEqualTo(121);
        assertThat(done.get("duplicates").asInt()).isEqualTo(1);
        JsonNode duplicate = only(officer.get("/api/intake/imports/" + done.get("id").asText() + "/report").json());
        assertThat(duplicate.get("kind").asText()).isEqualTo("DUPLICATE");
        assertThat(duplicate.get("line").asInt()).isEqualTo(123);
        assertThat(duplicate.get("reason").asText()).contains("repeats line 2");
        assertThat(jdbc.sql("SELECT count(*) FROM import_row_key WHERE job_id = CAST(:id AS uuid)")
                .param("id", done.get("id").asText()).query(Integer.class).single())
                .as("the per-import record of first lines goes when the import ends").isZero();
    }

    @Test
    void shouldRefuseEveryLineOfACrimeRepeatedWithDifferentContentInOneFile_namingTheLines() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String conflicting = "NFRC" + batch + "D1";
        String fine = "NFRC" + batch + "D2";
        String csv = HEADER
                + row(conflicting, "Eve Stone", "", "640", "")
                + row(fine, "Finn Ross", "", "50", "")
                + row(conflicting, "Eve Stone", "", "900", "");

        JsonNode done = finished(officer, officer.upload("/api/intake/disseminations", "conflict.csv", bytes(csv)));

        assertThat(done.get("errorRows").asInt()).isEqualTo(2);
        assertThat(done.get("casesCreated").asInt()).isEqualTo(1);
        assertThat(entries(officer.get("/api/intake/imports/" + done.get("id").asText() + "/report").json()))
                .extracting(e -> e.get("kind").asText(), e -> e.get("line").asInt(), e -> e.get("reason").asText())
                .containsExactly(
                        tuple("ERROR", 2, "Crime " + conflicting + " appears on lines 2 and 4 with different content; "
                                + "neither imported — send one corrected row"),
                        tuple("ERROR", 4, "Crime " + conflicting + " appears on lines 2 and 4 with different content; "
                                + "neither imported — send one corrected row"));
        assertThat(officer.get("/api/fraud/cases/" + conflicting).status()).isEqualTo(404);
        assertThat(officer.get("/api/fraud/cases/" + fine).status()).isEqualTo(200);
    }

    private String row(String reference, String victim, String bornOn, String loss, String suspect) {
        String reported = LocalDate.now(clock).minusDays(20).toString();
        return "%s,%s,NFIB3A,INDIVIDUAL,%s,%s,%s,\"%s\"\n".formatted(reference, reported, victim, bornOn, loss, suspect);
    }

    private static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode finished(ApiClient client, ApiClient.Response accepted) {
        JsonNode job = client.finishedImport(accepted);
        assertThat(job.get("status").asText()).isEqualTo("COMPLETED");
        return job;
    }

    private static JsonNode only(JsonNode array) {
        assertThat(array).hasSize(1);
        return array.get(0);
    }

    private static List<JsonNode> entries(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
