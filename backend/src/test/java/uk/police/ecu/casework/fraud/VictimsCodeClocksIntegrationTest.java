package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.ecu.casework.fraud.FraudJourney.LONDON;
import static uk.police.ecu.casework.fraud.FraudJourney.at;
import static uk.police.ecu.casework.fraud.FraudJourney.endOf;
import static uk.police.ecu.casework.fraud.FraudJourney.london;
import static uk.police.ecu.casework.fraud.FraudJourney.today;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
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
 * Victims' Code clocks start from the event the Code names, as a user enters it through the API: the crime's
 * recording for "officer named", the arrest's own date and time for the Right 6 update. A case allocated late or
 * an event logged late is breached at once. Each test sets the product clock to a known moment (2025, whose bank
 * holidays are in the reference data), so it holds whatever day it runs.
 */
@IntegrationTest
class VictimsCodeClocksIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;

    private FraudJourney journey;

    @BeforeEach
    void startJourney() {
        journey = new FraudJourney(port, "NFRC-VC");
    }

    @AfterEach
    void cleanUp() {
        journey.endProcesses(runtime);
        ClockUtil.reset();
    }

    @Test
    void shouldBreachTheOfficerNamedClockAtOnce_whenTheCaseIsAllocatedTenDaysAfterTheCrimeWasRecorded() {
        at("2025-08-11T10:00");
        LocalDate recorded = today().minusDays(10);
        String reference = allocatedCase(recorded);

        Clock clock = clock(reference, "victim-told-officer");
        assertThat(clock.version()).isEqualTo(2);
        assertThat(clock.startedAt()).as("from the start of the day the crime was recorded")
                .isEqualTo(recorded.atStartOfDay(LONDON).toInstant());
        assertThat(clock.due()).as("7 days (local standard) from recording, not from allocation")
                .isEqualTo(endOf(recorded.plusDays(7)));
        assertThat(clock.result()).isEqualTo("BREACHED");
        assertThat(clock.breachedAt()).isEqualTo(clock.due());
        assertThat(reviewsOf(clock.id())).isEqualTo(1);

        // The supervisor's breach list shows it, never as met.
        String csv = ApiClient.signedIn(port, "ecu.supervisor")
                .get("/api/sla/breaches.csv?from=" + recorded + "&to=" + today()).body();
        assertThat(csv.lines().filter(line -> line.contains(reference) && line.contains("victim-told-officer")))
                .singleElement().asString().contains(",BREACHED,");
    }

    @Test
    void shouldBreachTheVictimUpdateAtOnce_whenAnArrestIsLoggedFourteenDaysAfterItHappened() {
        at("2025-08-11T10:00");
        String reference = allocatedCase(today().minusDays(30));
        LocalDate arrested = today().minusDays(14);

        ApiClient.Response logged = logEvent(reference, arrested, "09:15");

        assertThat(logged.status()).isEqualTo(204);
        Clock clock = clock(reference, "victim-told-of-case-event");
        assertThat(clock.startedAt()).isEqualTo(arrested.atTime(9, 15).atZone(LONDON).toInstant());
        // Monday 28 July 2025 + 5 working days: Monday 4 August.
        assertThat(clock.due()).isEqualTo(london("2025-08-04T23:59:59"));
        assertThat(clock.result()).isEqualTo("BREACHED");
        assertThat(reviewsOf(clock.id())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT occurred_at FROM case_event WHERE crime_reference = ?").param(reference)
                .query(OffsetDateTime.class).single().toInstant()).isEqualTo(clock.startedAt());
    }

    @Test
    void shouldGiveAPromptlyLoggedArrestFiveWorkingDaysFromIt_skippingTheBankHoliday_evenAtHalfPastElevenAtNight() {
        at("2025-08-22T23:40");   // Friday, British Summer Time
        String reference = allocatedCase(today().minusDays(20));

        assertThat(logEvent(reference, today(), "23:30").status()).isEqualTo(204);

        Clock clock = clock(reference, "victim-told-of-case-event");
        assertThat(clock.startedAt()).isEqualTo(london("2025-08-22T23:30"));
        // Friday 22 August + 5 working days, skipping the summer bank holiday (Monday 25 August): Monday 1 September.
        assertThat(clock.due()).isEqualTo(london("2025-09-01T23:59:59"));
        assertThat(clock.result()).isEqualTo("OPEN");
        assertThat(reviewsOf(clock.id())).isZero();
    }

    @Test
    void shouldTakeAnEventWithNoTimeAtTheStartOfItsDay_theEarliestItCanHaveHappened() {
        at("2025-08-11T10:00");
        String reference = allocatedCase(today().minusDays(30));

        assertThat(logEvent(reference, today().minusDays(1), null).status()).isEqualTo(204);

        assertThat(clock(reference, "victim-told-of-case-event").startedAt())
                .isEqualTo(today().minusDays(1).atStartOfDay(LONDON).toInstant());
    }

    @Test
    void shouldRefuseAnEventInTheFuture_orBeforeTheCrimeWasReported_withTheFieldToCorrect() {
        at("2025-08-11T10:00");
        LocalDate reported = today().minusDays(30);
        String reference = allocatedCase(reported);

        ApiClient.Response tomorrow = logEvent(reference, today().plusDays(1), null);
        ApiClient.Response laterToday = logEvent(reference, today(), "10:30");
        ApiClient.Response beforeReport = logEvent(reference, reported.minusDays(1), "12:00");

        assertThat(tomorrow.status()).isEqualTo(400);
        assertThat(field(tomorrow)).isEqualTo("occurredOn");
        assertThat(laterToday.status()).isEqualTo(400);
        assertThat(field(laterToday)).isEqualTo("occurredAt");
        assertThat(beforeReport.status()).isEqualTo(400);
        assertThat(field(beforeReport)).isEqualTo("occurredOn");
        assertThat(beforeReport.body()).contains("before the crime was reported");
        assertThat(jdbc.sql("SELECT count(*) FROM case_event WHERE crime_reference = ?").param(reference)
                .query(Integer.class).single()).isZero();
    }

    record Clock(long id, int version, String result, Instant startedAt, Instant due, Instant breachedAt) {
    }

    private ApiClient.Response logEvent(String reference, LocalDate day, String time) {
        Map<String, Object> event = new HashMap<>(Map.of("eventType", "ARREST", "occurredOn", day.toString()));
        if (time != null) {
            event.put("occurredAt", time);
        }
        return ApiClient.signedIn(port, "ecu.officer").post("/api/fraud/cases/" + reference + "/events", event);
    }

    /** A dissemination reported on {@code reported}, triaged now and allocated to the ECU investigations team. */
    private String allocatedCase(LocalDate reported) {
        return journey.allocatedToTheEcuTeam(journey.received(reported, "Mary Somerville"));
    }

    private Clock clock(String reference, String slaId) {
        return jdbc.sql("""
                        SELECT id, sla_version, result, started_at, due_at, breached_at FROM sla_clock
                        WHERE case_reference = ? AND sla_id = ?""")
                .params(reference, slaId)
                .query((rs, n) -> new Clock(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        instant(rs.getObject(4, OffsetDateTime.class)), instant(rs.getObject(5, OffsetDateTime.class)),
                        instant(rs.getObject(6, OffsetDateTime.class))))
                .single();
    }

    private int reviewsOf(long clockId) {
        return jdbc.sql("SELECT count(*) FROM sla_breach_review WHERE clock_id = ?").param(clockId)
                .query(Integer.class).single();
    }

    private static String field(ApiClient.Response response) {
        JsonNode errors = response.json().path("fieldErrors");
        return errors.path(0).path("field").asText();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
