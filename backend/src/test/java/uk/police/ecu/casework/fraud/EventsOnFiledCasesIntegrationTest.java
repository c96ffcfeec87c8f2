package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.ecu.casework.fraud.FraudJourney.complete;
import static uk.police.ecu.casework.fraud.FraudJourney.filedAtTriage;
import static uk.police.ecu.casework.fraud.FraudJourney.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.FixtureVictims;
import uk.police.ecu.casework.IntegrationTest;

/**
 * Events on a filed case, as officers and supervisors meet them through the API: the event is kept on the
 * timeline, the victim is told where the Code asks, and an arrest, charge or new information goes before a
 * supervisor who keeps the case filed or reopens it at triage, after which it is no longer finalised.
 */
@IntegrationTest
class EventsOnFiledCasesIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    OutcomeReturnRepository returns;

    @Test
    void shouldPutAnArrestOnAFiledCaseBeforeASupervisor_whoReopensItAtTriage() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        String reference = filedCase(officer, supervisor);
        LocalDate arrested = today().minusDays(1);

        assertThat(logEvent(officer, reference, "ARREST", arrested).status()).isEqualTo(204);

        assertThat(task(officer, "ecu-triage", reference, "Task_TellVictimOfEvent"))
                .as("the victim is told of the arrest though the case is filed").isPresent();
        String review = task(supervisor, "ecu-supervisors", reference, "Task_ReviewFiledCaseEvent").orElseThrow();
        assertThat(supervisor.get("/api/tasks/" + review).json().at("/task/subject").asText())
                .as("the review names the victim, as every fraud task does").isEqualTo("Ada Lovelace");
        assertThat(supervisor.post("/api/tasks/" + review + "/claim").status()).isEqualTo(204);
        assertThat(complete(supervisor, review, Map.of("decision", "REOPEN")).status())
                .as("a reason is needed").isEqualTo(400);
        assertThat(complete(supervisor, review, Map.of("decision", "REOPEN",
                "reason", "Suspect arrested in Leeds holding the victim's card")).status()).isEqualTo(204);

        JsonNode view = officer.get("/api/fraud/cases/" + reference).json();
        assertThat(view.at("/crime/status").asText()).isEqualTo("RETURNED_TO_TRIAGE");
        assertThat(view.at("/crime/finalisedAt").textValue()).as("no longer finalised").isNull();
        assertThat(types(view.get("currentTasks"))).contains("Task_Triage");
        assertThat(whats(view.get("history"))).contains("Event logged: Arrest on " + arrested,
                "Reopened for triage (Arrest)");
        assertThat(task(officer, "ecu-triage", reference, "Task_Triage")).isPresent();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE operation = 'ALTERATION' AND record_type = 'crime'
                        AND ? = ANY (record_ids) AND details ->> 'change' = 'reopened for triage'""")
                .param(reference).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void shouldKeepACaseFiledWithTheSupervisorsReason_onItsTimeline() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        String reference = filedCase(officer, supervisor);

        assertThat(logEvent(officer, reference, "NEW_INFORMATION", today()).status()).isEqualTo(204);
        assertThat(task(officer, "ecu-triage", reference, "Task_TellVictimOfEvent"))
                .as("new information is not a Right 6 update").isEmpty();
        String review = task(supervisor, "ecu-supervisors", reference, "Task_ReviewFiledCaseEvent").orElseThrow();
        supervisor.post("/api/tasks/" + review + "/claim");
        assertThat(complete(supervisor, review, Map.of("decision", "KEEP_FILED",
                "reason", "The new account is already closed; no line of enquiry")).status()).isEqualTo(204);

        JsonNode view = officer.get("/api/fraud/cases/" + reference).json();
        assertThat(view.at("/crime/status").asText()).isEqualTo("FINALISED");
        assertThat(types(view.get("currentTasks"))).doesNotContain("Task_Triage", "Task_ReviewFiledCaseEvent");
        JsonNode kept = StreamSupport.stream(view.get("history").spliterator(), false)
                .filter(e -> e.get("what").asText().equals("Kept filed after review (New information)"))
                .findFirst().orElseThrow();
        assertThat(kept.get("detail").asText()).isEqualTo("The new account is already closed; no line of enquiry");
        assertThat(kept.get("who").asText()).isEqualTo("DS Claire Morgan");
    }

    @Test
    void shouldKeepAnInterviewOnAFiledCase_andTellTheVictim_withNoReview() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        String reference = filedCase(officer, supervisor);

        assertThat(logEvent(officer, reference, "INTERVIEW_UNDER_CAUTION", today()).status()).isEqualTo(204);

        assertThat(task(supervisor, "ecu-supervisors", reference, "Task_ReviewFiledCaseEvent")).isEmpty();
        assertThat(task(officer, "ecu-triage", reference, "Task_TellVictimOfEvent")).isPresent();
        JsonNode view = officer.get("/api/fraud/cases/" + reference).json();
        assertThat(view.at("/crime/status").asText()).isEqualTo("FINALISED");
        assertThat(whats(view.get("history"))).contains("Event logged: Interview under caution on " + today());
    }

    @Test
    void shouldRefuseAnEventOnAFiledCaseInTheFuture_asOnAnOpenCase() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String reference = filedCase(officer, ApiClient.signedIn(port, "ecu.supervisor"));

        ApiClient.Response future = logEvent(officer, reference, "ARREST", today().plusDays(1));

        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().at("/fieldErrors/0/field").asText()).isEqualTo("occurredOn");
    }

    @Test
    void shouldNotLetWhoeverFiledTheCaseReviewTheEvent() {
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        String reference = filedCase(supervisor, ApiClient.signedIn(port, "ecu.officer"));
        logEvent(supervisor, reference, "CHARGE", today());
        String review = task(supervisor, "ecu-supervisors", reference, "Task_ReviewFiledCaseEvent").orElseThrow();
        supervisor.post("/api/tasks/" + review + "/claim");

        ApiClient.Response own = complete(supervisor, review,
                Map.of("decision", "KEEP_FILED", "reason", "Nothing new"));

        assertThat(own.status()).isEqualTo(403);
        assertThat(supervisor.get("/api/tasks/" + review).status()).as("the review still waits").isEqualTo(200);
    }

    @Test
    void shouldTakeAReopenedCrimeOutOfAReturnNotYetSubmitted_andLeaveItOutWhenTheReturnIsRebuilt() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        String reference = filedCase(officer, supervisor);
        YearMonth month = YearMonth.of(2013, 3);
        // Finalised in a month of its own, so that month's return holds it.
        jdbc.sql("UPDATE crime SET finalised_at = '2013-03-15T12:00:00Z' WHERE crime_reference = ?")
                .param(reference).update();
        returns.build(month, null);
        assertThat(returned(supervisor, month)).contains(reference);

        logEvent(officer, reference, "CHARGE", today());
        String review = task(supervisor, "ecu-supervisors", reference, "Task_ReviewFiledCaseEvent").orElseThrow();
        supervisor.post("/api/tasks/" + review + "/claim");
        complete(supervisor, review, Map.of("decision", "REOPEN", "reason", "Charged"));

        assertThat(returned(supervisor, month)).doesNotContain(reference);
        returns.build(month, null);
        assertThat(returned(supervisor, month)).as("not finalised, so not returned").doesNotContain(reference);
    }

    @Test
    void shouldKeepAReopenedCrimeInTheReturnAlreadySubmitted_andReturnItAgainInTheMonthItIsFinalisedAgain() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        String reference = filedCase(officer, supervisor);
        YearMonth first = YearMonth.of(2013, 4);
        YearMonth again = YearMonth.of(2013, 5);
        finalisedIn(reference, "2013-04-15T12:00:00Z");
        returns.build(first, null);
        returns.submitted(first, "ecu.supervisor", OutcomeReturnCsv.text(returns.crimes(first)));

        logEvent(officer, reference, "NEW_INFORMATION", today());
        String review = task(supervisor, "ecu-supervisors", reference, "Task_ReviewFiledCaseEvent").orElseThrow();
        supervisor.post("/api/tasks/" + review + "/claim");
        complete(supervisor, review, Map.of("decision", "REOPEN", "reason", "New account"));
        assertThat(returned(supervisor, first)).as("a submitted return stays as it was sent").contains(reference);
        returns.build(again, null);
        assertThat(returned(supervisor, again)).as("not finalised again yet").doesNotContain(reference);

        filedAtTriage(reference, officer, supervisor);
        finalisedIn(reference, "2013-05-20T12:00:00Z");
        returns.build(again, null);

        assertThat(returned(supervisor, again)).contains(reference);
    }

    private void finalisedIn(String reference, String at) {
        jdbc.sql("UPDATE crime SET finalised_at = ?::timestamptz WHERE crime_reference = ?").params(at, reference)
                .update();
    }

    private List<String> returned(ApiClient supervisor, YearMonth month) {
        return StreamSupport.stream(supervisor.get("/api/fraud/outcome-returns/" + month).json().spliterator(), false)
                .map(c -> c.get("crimeReference").asText()).toList();
    }

    /**
     * A crime reported ten days ago, with every fact filing approval reads, filed at triage by {@code filer}
     * (approved by {@code approver} if asked).
     */
    private String filedCase(ApiClient filer, ApiClient approver) {
        String reference = new FraudJourney(port, "NFRC-FE").received(filer, Map.of(
                "reportedDate", today().minusDays(10).toString(), "victimName", "Ada Lovelace",
                "victimDateOfBirth", FixtureVictims.uniqueDateOfBirth().toString(), "lossGbp", 300, "ndmScore", 2));
        filedAtTriage(reference, filer, approver);
        return reference;
    }

    private static ApiClient.Response logEvent(ApiClient client, String reference, String type, LocalDate on) {
        return client.post("/api/fraud/cases/" + reference + "/events", Map.of("eventType", type,
                "occurredOn", on.toString(), "details", "Logged by the test"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static List<String> types(JsonNode tasks) {
        return StreamSupport.stream(tasks.spliterator(), false).map(t -> t.get("taskType").asText()).toList();
    }

    private static List<String> whats(JsonNode history) {
        return StreamSupport.stream(history.spliterator(), false).map(e -> e.get("what").asText()).toList();
    }
}
