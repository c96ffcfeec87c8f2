package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.ecu.casework.fraud.FraudJourney.LONDON;
import static uk.police.ecu.casework.fraud.FraudJourney.at;
import static uk.police.ecu.casework.fraud.FraudJourney.complete;
import static uk.police.ecu.casework.fraud.FraudJourney.endOf;
import static uk.police.ecu.casework.fraud.FraudJourney.references;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * The victim told of the decision that ends the investigation (Right 6), timed from the decision's own date, with
 * the Victims' Right to Review offered on no further action; and the Victim Personal Statement offered on a charge.
 * Each test sets the product clock to a known moment in August 2025, so it holds whatever day it runs.
 */
@IntegrationTest
class DecisionUpdateIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    private FraudJourney journey;

    @BeforeEach
    void startJourney() {
        journey = new FraudJourney(port, "NFRC-DU");
    }

    @AfterEach
    void cleanUp() {
        journey.endProcesses(runtime);
        ClockUtil.reset();
    }

    @Test
    void shouldTimeTheNoFurtherActionUpdateFromTheDecision_andCountItTold_withTheReviewOffered() {
        at("2025-08-13T10:00");   // Wednesday
        String reference = caseAwaitingOutcome(LocalDate.parse("2025-07-01"));
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");

        // Decided on Friday 8 August, three working days ago.
        assertThat(recordOutcome(officer, reference, "15", "2025-08-08").status()).isEqualTo(204);

        String tell = taskId(reference, "Task_TellVictimOfDecision");
        Clock clock = clock(reference, "victim-told-of-decision");
        assertThat(clock.startedAt()).isEqualTo(LocalDate.parse("2025-08-08").atStartOfDay(LONDON).toInstant());
        assertThat(clock.due()).as("5 working days from the decision: two more from today")
                .isEqualTo(endOf(LocalDate.parse("2025-08-15")));
        assertThat(clock.result()).isEqualTo("OPEN");
        assertThat(LocalDate.ofInstant(tasks.createTaskQuery().taskId(tell).singleResult().getDueDate().toInstant(),
                LONDON)).isEqualTo(LocalDate.parse("2025-08-15"));

        // Told of no further action: whether the Right to Review was offered must be said.
        ApiClient.Response unsaid = complete(officer, tell, Map.of("toldOn", "2025-08-13", "method", "PHONE"));
        assertThat(unsaid.status()).isEqualTo(400);
        assertThat(unsaid.json().at("/fieldErrors/0/field").asText()).isEqualTo("reviewOffered");

        at("2025-08-14T11:00");
        assertThat(complete(officer, tell, Map.of("toldOn", "2025-08-14", "method", "PHONE", "reviewOffered", true))
                .status()).isEqualTo(204);

        assertThat(clock(reference, "victim-told-of-decision").result()).isEqualTo("MET");
        assertThat(jdbc.sql("SELECT review_offered FROM victim_update WHERE crime_reference = ? AND update_type = 'DECISION'")
                .param(reference).query(Boolean.class).single()).isTrue();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey("Task_OfferPersonalStatement").count()).as("no statement offer on no further action")
                .isZero();

        // The compliance report counts it met on time under "told of the end of the journey" for August.
        ApiClient analyst = ApiClient.signedIn(port, "analyst");
        assertThat(references(analyst.get("/api/sla/victims-code/cases?right=area:END_OF_JOURNEY&month=2025-08&status=MET")
                .json())).contains(reference);
        assertThat(references(analyst.get("/api/sla/victims-code/cases?right=area:PERSONAL_STATEMENT_OFFERED"
                + "&month=2025-08").json())).doesNotContain(reference);

        // The case page shows until when the victim may ask for a review: a scheme limit, not the Code's.
        JsonNode history = officer.get("/api/fraud/cases/" + reference).json().path("history");
        assertThat(StreamSupport.stream(history.spliterator(), false).map(e -> e.path("what").asText()))
                .anyMatch(what -> what.contains("Victims' Right to Review offered: the victim may ask for a review "
                        + "until 2025-11-14 (scheme limit, not Victims' Code law)"));
    }

    @Test
    void shouldBreachTheDecisionUpdateAtOnce_whenTheOutcomeIsRecordedLate() {
        at("2025-08-13T10:00");
        String reference = caseAwaitingOutcome(LocalDate.parse("2025-07-01"));

        assertThat(recordOutcome(ApiClient.signedIn(port, "ecu.officer"), reference, "2", "2025-07-31").status())
                .isEqualTo(204);

        Clock clock = clock(reference, "victim-told-of-decision");
        assertThat(clock.due()).isEqualTo(endOf(LocalDate.parse("2025-08-07")));
        assertThat(clock.result()).isEqualTo("BREACHED");
        assertThat(clock.breachedAt()).isEqualTo(clock.due());
    }

    @Test
    void shouldRefuseADecisionDateBeforeTheCrimeWasReported() {
        at("2025-08-13T10:00");
        String reference = caseAwaitingOutcome(LocalDate.parse("2025-07-01"));

        ApiClient.Response early = recordOutcome(ApiClient.signedIn(port, "ecu.officer"), reference, "15", "2025-06-30");

        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().at("/fieldErrors/0/field").asText()).isEqualTo("outcomeDate");
        assertThat(early.json().at("/fieldErrors/0/message").asText()).contains("before the crime was reported");
    }

    @Test
    void shouldOfferAPersonalStatementOnACharge_metOnlyWhenTheOfferIsRecorded() {
        at("2025-08-13T10:00");
        String reference = caseAwaitingOutcome(LocalDate.parse("2025-07-01"));
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        assertThat(recordOutcome(officer, reference, "1", "2025-08-13").status()).isEqualTo(204);

        // Told of a charge: no Right to Review to offer.
        assertThat(officer.post("/api/tasks/" + taskId(reference, "Task_TellVictimOfDecision") + "/complete",
                Map.of("toldOn", "2025-08-13", "method", "VISIT")).status()).isEqualTo(204);

        String offer = taskId(reference, "Task_OfferPersonalStatement");
        Clock clock = clock(reference, "personal-statement-offered");
        assertThat(clock.due()).as("the force's working limit, 5 working days from the charge")
                .isEqualTo(endOf(LocalDate.parse("2025-08-20")));
        ApiClient.Response unanswered = complete(officer, offer, Map.of("toldOn", "2025-08-13", "method", "VISIT"));
        assertThat(unanswered.status()).isEqualTo(400);
        assertThat(unanswered.json().at("/fieldErrors/0/field").asText()).isEqualTo("statementResponse");

        assertThat(complete(officer, offer, Map.of("toldOn", "2025-08-13", "method", "VISIT",
                "statementResponse", "ACCEPTED")).status()).isEqualTo(204);

        assertThat(clock(reference, "personal-statement-offered").result()).isEqualTo("MET");
        assertThat(clock(reference, "victim-told-of-decision").result()).isEqualTo("MET");
        ApiClient analyst = ApiClient.signedIn(port, "analyst");
        assertThat(references(analyst.get("/api/sla/victims-code/cases?right=area:PERSONAL_STATEMENT_OFFERED"
                + "&month=2025-08&status=MET").json())).contains(reference);
    }

    @Test
    void shouldEndTheStatementOfferAsUnreachable_neverAsMet() {
        at("2025-08-13T10:00");
        String reference = caseAwaitingOutcome(LocalDate.parse("2025-07-01"));
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        assertThat(recordOutcome(officer, reference, "1", "2025-08-13").status()).isEqualTo(204);
        officer.post("/api/tasks/" + taskId(reference, "Task_TellVictimOfDecision") + "/complete",
                Map.of("toldOn", "2025-08-13", "method", "PHONE"));

        assertThat(officer.post("/api/tasks/" + taskId(reference, "Task_OfferPersonalStatement") + "/complete",
                Map.of("outcome", "COULD_NOT_REACH", "attempts", List.of(Map.of("attemptedOn", "2025-08-13",
                        "method", "PHONE")))).status()).isEqualTo(204);

        assertThat(clock(reference, "personal-statement-offered").result()).isEqualTo("UNREACHABLE");
    }

    @Test
    void shouldOfferAPersonalStatementAfterALoggedCharge_andNotAgainWhenTheChargeIsTheOutcome() {
        at("2025-08-13T10:00");
        String reference = caseAwaitingOutcome(LocalDate.parse("2025-07-01"));
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        assertThat(officer.post("/api/fraud/cases/" + reference + "/events", Map.of("eventType", "CHARGE",
                "occurredOn", "2025-08-12", "occurredAt", "15:30")).status()).isEqualTo(204);
        assertThat(officer.post("/api/tasks/" + taskId(reference, "Task_TellVictimOfEvent") + "/complete",
                Map.of("toldOn", "2025-08-13", "method", "PHONE")).status()).isEqualTo(204);

        Clock clock = clock(reference, "personal-statement-offered-on-charge");
        assertThat(clock.due()).as("5 working days from the charge").isEqualTo(endOf(LocalDate.parse("2025-08-19")));
        assertThat(officer.post("/api/tasks/" + taskId(reference, "Task_OfferPersonalStatementOnCharge") + "/complete",
                Map.of("toldOn", "2025-08-13", "method", "PHONE", "statementResponse", "DECLINED")).status())
                .isEqualTo(204);
        assertThat(clock(reference, "personal-statement-offered-on-charge").result()).isEqualTo("MET");

        assertThat(recordOutcome(officer, reference, "1", "2025-08-12").status()).isEqualTo(204);
        assertThat(officer.post("/api/tasks/" + taskId(reference, "Task_TellVictimOfDecision") + "/complete",
                Map.of("toldOn", "2025-08-13", "method", "PHONE")).status()).isEqualTo(204);

        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey("Task_OfferPersonalStatement").count()).as("offered once, not twice").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM sla_clock WHERE case_reference = ? AND sla_id LIKE 'personal-statement%'")
                .param(reference).query(Integer.class).single()).isEqualTo(1);
    }

    record Clock(String result, Instant startedAt, Instant due, Instant breachedAt) {
    }

    private static ApiClient.Response recordOutcome(ApiClient officer, String reference, String code, String date) {
        return officer.post("/api/tasks/" + taskIdOf(officer, reference, "Task_RecordOutcome") + "/complete",
                Map.of("outcomeCode", code, "outcomeDate", date));
    }

    /** A dissemination reported on {@code reported}, allocated to ecu.officer and planned: its outcome is next. */
    private String caseAwaitingOutcome(LocalDate reported) {
        String reference = journey.allocatedTo(journey.received(reported, "Lise Meitner"), "ecu.officer");
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        Map<String, Object> plan = new HashMap<>(Map.of("actions", List.of(Map.of("description", "Interview the payee",
                "owner", "DC Shah", "dueDate", "2025-09-01"))));
        assertThat(officer.post("/api/tasks/" + taskId(reference, "Task_InvestigationPlan") + "/complete", plan)
                .status()).isEqualTo(204);
        return reference;
    }

    private String taskId(String reference, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey)
                .singleResult().getId();
    }

    /** The task as the officer's own list shows it. */
    private static String taskIdOf(ApiClient officer, String reference, String taskType) {
        JsonNode list = officer.get("/api/tasks?queue=mine&q=" + reference).json().path("tasks");
        return StreamSupport.stream(list.spliterator(), false)
                .filter(t -> reference.equals(t.path("caseReference").asText()))
                .filter(t -> taskType.equals(t.path("taskType").asText()))
                .map(t -> t.get("id").asText()).findFirst().orElseThrow();
    }

    private Clock clock(String reference, String slaId) {
        return jdbc.sql("SELECT result, started_at, due_at, breached_at FROM sla_clock WHERE case_reference = ? AND sla_id = ?")
                .params(reference, slaId)
                .query((rs, n) -> new Clock(rs.getString(1), instant(rs.getObject(2, OffsetDateTime.class)),
                        instant(rs.getObject(3, OffsetDateTime.class)), instant(rs.getObject(4, OffsetDateTime.class))))
                .single();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
