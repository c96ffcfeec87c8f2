package uk.police.ecu.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * A victim NFIB reports on again within the repeat-victim window (by default 2 crimes in 12 months): filing the
 * later crime needs a supervisor's approval, and the supervisor is told why. Crimes are imported as NFIB sends them.
 */
@IntegrationTest
@DisplayName("Filing a crime of a repeat victim")
class RepeatVictimFilingIntegrationTest {

    private static final String HEADER =
            "crime_reference,reported_date,nfib_code,victim_type,victim_name,victim_date_of_birth,loss_gbp,ndm_score\n";
    private static final String BORN = "1975-03-04";

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    private final String id = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    /** A victim of these crimes only. */
    private final String victim = "Rhea Vickers-" + id;

    @Test
    void shouldAskForApprovalToFileTheSecondReportOfTheSamePersonWithinTwelveMonths_sayingWhy() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        LocalDate reported = today().minusDays(20);
        imported(officer, row("A", reported.minusMonths(12), victim, BORN) + row("B", reported, victim, BORN));

        proposeFiling(officer, "B");

        String approval = taskId(supervisor, "ecu-supervisors", "B", "Task_ApproveFiling").orElseThrow();
        JsonNode detail = supervisor.get("/api/tasks/" + approval).json();
        assertThat(detail.get("approvalReason").asText()).isEqualTo("Repeat victim: 2 reports in 12 months");
        assertThat(repeatVictimFact(detail)).as("the facts the supervisor decides on say so too")
                .isEqualTo("Yes: 2 reports in 12 months");
    }

    @Test
    void shouldFileWithoutApproval_whenTheEarlierReportIsADayOutsideTheWindow() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        LocalDate reported = today().minusDays(20);
        imported(officer, row("A", reported.minusMonths(12).minusDays(1), victim, BORN)
                + row("B", reported, victim, BORN));

        proposeFiling(officer, "B");

        assertThat(status(officer, "B")).as("one report in the window: not a repeat victim").isEqualTo("FINALISED");
    }

    @Test
    void shouldNotMakeTwoPeopleWithTheSameNameOneRepeatVictim() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        LocalDate reported = today().minusDays(20);
        imported(officer, row("A", reported.minusDays(30), victim, "1975-03-05") + row("B", reported, victim, BORN));

        proposeFiling(officer, "B");

        assertThat(status(officer, "B")).as("a namesake born on another day is someone else").isEqualTo("FINALISED");
    }

    /** The "Repeat victim" fact among those shown at the top of the task page. */
    private static String repeatVictimFact(JsonNode detail) {
        return StreamSupport.stream(detail.get("decisionFacts").get("groups").spliterator(), false)
                .flatMap(group -> StreamSupport.stream(group.get("facts").spliterator(), false))
                .filter(fact -> "Repeat victim".equals(fact.get("label").asText()))
                .map(fact -> fact.get("value").asText()).findFirst().orElse(null);
    }

    private void proposeFiling(ApiClient officer, String which) {
        String triage = taskId(officer, "ecu-triage", which, "Task_Triage").orElseThrow();
        assertThat(officer.post("/api/tasks/" + triage + "/claim").status()).isEqualTo(204);
        assertThat(officer.post("/api/tasks/" + triage + "/complete", Map.of("linesOfEnquiry", List.of(),
                "priority", "LOW", "decision", "FILE", "filingRationale", "No suspect or account identified",
                "filingOutcomeCode", "18")).status()).isEqualTo(204);
    }

    private String status(ApiClient client, String which) {
        return client.get("/api/fraud/cases/" + reference(which)).json().at("/crime/status").asText();
    }

    private void imported(ApiClient client, String rows) {
        JsonNode job = client.finishedImport(client.upload("/api/intake/disseminations", "repeat.csv",
                (HEADER + rows).getBytes(StandardCharsets.UTF_8)));
        assertThat(job.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(job.get("casesCreated").asInt()).isEqualTo(2);
    }

    private String reference(String which) {
        return "NFRC-RV-" + id + which;
    }

    private String row(String which, LocalDate reported, String name, String born) {
        return "%s,%s,NFIB3A,INDIVIDUAL,%s,%s,300,2\n".formatted(reference(which), reported, name, born);
    }

    private Optional<String> taskId(ApiClient client, String queue, String which, String taskType) {
        String reference = reference(which);
        JsonNode tasks = client.get("/api/tasks?queue=" + queue + "&q=" + reference).json().path("tasks");
        return StreamSupport.stream(tasks.spliterator(), false)
                .filter(t -> reference.equals(t.path("caseReference").asText()))
                .filter(t -> taskType.equals(t.path("taskType").asText()))
                .map(t -> t.get("id").asText()).findFirst();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
