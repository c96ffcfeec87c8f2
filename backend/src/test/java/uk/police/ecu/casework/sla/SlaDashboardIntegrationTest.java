package uk.police.ecu.casework.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * The dashboard's figures for a known set of clocks. They fall due in March 2090, a period no other test
 * reaches, so the counts are exact; the at-risk clock warned an hour ago.
 */
@IntegrationTest
class SlaDashboardIntegrationTest {

    private static final String PERIOD = "from=2090-03-01&to=2090-03-31";

    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;
    @Autowired
    java.time.Clock productClock;

    private final List<Long> breachedIds = new ArrayList<>();
    private long atRiskId;
    private String atRiskCase;

    @BeforeEach
    void seed() {
        if (jdbc.sql("SELECT count(*) FROM sla_clock WHERE due_at >= '2090-01-01'").query(Integer.class).single() > 0) {
            jdbc.sql("DELETE FROM sla_breach_review WHERE clock_id IN (SELECT id FROM sla_clock WHERE due_at >= '2090-01-01')").update();
            jdbc.sql("DELETE FROM sla_clock WHERE due_at >= '2090-01-01'").update();
        }
        // ECU triage, NFIB90 recategorisation: 3 met, 1 met late, 2 breached, 1 open (and at risk).
        for (int i = 0; i < 3; i++) {
            clock("nfib90-recategorised", "ecu-triage", "2090-03-0" + (2 + i) + "T17:00", "MET");
        }
        breachedIds.add(clock("nfib90-recategorised", "ecu-triage", "2090-03-05T17:00", "MET_LATE"));   // Sunday: week of Monday 27 February
        breachedIds.add(clock("nfib90-recategorised", "ecu-triage", "2090-03-06T17:00", "BREACHED"));   // a Monday
        breachedIds.add(clock("nfib90-recategorised", "ecu-triage", "2090-03-20T17:00", "BREACHED"));
        atRiskCase = "NFRC-DASH-" + UUID.randomUUID().toString().substring(0, 6);
        atRiskId = insert("nfib90-recategorised", "ecu-triage", atRiskCase, london("2090-03-22T17:00"),
                productClock.instant().minusSeconds(3600), "OPEN");
        // A team ecu.supervisor does not supervise: only the analyst sees it.
        clock("triage-completed", "lpa-coventry", "2090-03-10T17:00", "MET");
        // Victims' Code: told who is investigating, 3 of 4 in time in March.
        for (int i = 0; i < 3; i++) {
            clock("victim-told-officer", "ecu-investigations", "2090-03-1" + i + "T23:59:59", "MET");
        }
        breachedIds.add(clock("victim-told-officer", "ecu-investigations", "2090-03-14T23:59:59", "MET_LATE"));
        // Three breaches still awaiting their supervisor's review, claimed out of breach order.
        for (int i : new int[] {1, 2, 3}) {
            jdbc.sql("""
                            INSERT INTO sla_breach_review (clock_id, review_team, breached_at)
                            SELECT id, 'ecu-supervisors', breached_at FROM sla_clock WHERE id = ?""")
                    .param(breachedIds.get(i)).update();
        }
    }

    @Test
    void shouldGiveASupervisorTheFiguresOfTheTeamsTheySupervise() {
        JsonNode dashboard = ApiClient.signedIn(port, "ecu.supervisor").get("/api/sla/dashboard?" + PERIOD).json();

        JsonNode recategorisation = compliance(dashboard, "nfib90-recategorised", "ecu-triage");
        assertThat(recategorisation.get("met").asInt()).isEqualTo(3);
        assertThat(recategorisation.get("metLate").asInt()).isEqualTo(1);
        assertThat(recategorisation.get("breached").asInt()).isEqualTo(2);
        assertThat(recategorisation.get("open").asInt()).isEqualTo(1);
        assertThat(compliance(dashboard, "triage-completed", "lpa-coventry")).isNull();

        assertThat(stream(dashboard.get("weeklyBreaches")).map(w -> w.get("weekStarting").asText() + "=" + w.get("breaches").asInt()))
                .containsExactly("2090-02-27=1", "2090-03-06=1", "2090-03-13=1", "2090-03-20=1", "2090-03-27=0");

        JsonNode victims = stream(dashboard.get("victimsCode"))
                .filter(v -> v.get("slaId").asText().equals("victim-told-officer")).findFirst().orElseThrow();
        assertThat(victims.get("month").asText()).isEqualTo("2090-03");
        assertThat(victims.get("victimsCodeVersion").asText()).isEqualTo("VC2020");
        assertThat(victims.get("met").asInt()).isEqualTo(3);
        assertThat(victims.get("decided").asInt()).isEqualTo(4);
        assertThat(victims.get("percentMet").decimalValue()).isEqualByComparingTo("75.0");

        // Oldest breach first: 6 March, 14 March, 20 March.
        assertThat(stream(dashboard.get("awaitingReview")).map(b -> b.get("clockId").asLong()))
                .containsSubsequence(breachedIds.get(1), breachedIds.get(3), breachedIds.get(2))
                .doesNotContain(breachedIds.get(0));
        assertThat(stream(dashboard.get("atRisk")).filter(r -> r.get("clockId").asLong() == atRiskId)
                .map(r -> r.get("caseReference").asText())).containsExactly(atRiskCase);
        assertThat(stream(dashboard.get("atRiskByTeamAndSla")).anyMatch(c -> c.get("team").asText().equals("ecu-triage")
                && c.get("slaId").asText().equals("nfib90-recategorised") && c.get("count").asInt() >= 1)).isTrue();
    }

    @Test
    void shouldGiveAnAnalystEveryTeam_andExportComplianceAndBreachesAsCsv() {
        ApiClient analyst = ApiClient.signedIn(port, "analyst");
        JsonNode dashboard = analyst.get("/api/sla/dashboard?" + PERIOD).json();
        assertThat(compliance(dashboard, "triage-completed", "lpa-coventry").get("met").asInt()).isEqualTo(1);

        ApiClient.Response compliance = analyst.get("/api/sla/compliance.csv?" + PERIOD);
        assertThat(compliance.header("Content-Type")).startsWith("text/csv");
        assertThat(compliance.body()).startsWith("sla,sla_name,team,met,met_late,breached,open\r\n")
                .contains("nfib90-recategorised,NFIB90 recategorisation,ecu-triage,3,1,2,1\r\n")
                .contains("triage-completed,Triage completed,lpa-coventry,1,0,0,0\r\n");

        String breaches = analyst.get("/api/sla/breaches.csv?" + PERIOD).body();
        assertThat(breaches.lines().skip(1)).hasSize(4);
        assertThat(breaches).contains(breachedIds.get(1) + ",nfib90-recategorised,1,NFIB90 recategorisation,ecu-triage,");
    }

    @Test
    void shouldRefuseAPeriodThatEndsBeforeItStarts() {
        ApiClient.Response response = ApiClient.signedIn(port, "analyst").get("/api/sla/dashboard?from=2090-03-31&to=2090-03-01");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("fieldErrors").get(0).get("field").asText()).isEqualTo("from");
    }

    private long clock(String sla, String team, String londonDue, String result) {
        return insert(sla, team, "NFRC-DASH-" + UUID.randomUUID().toString().substring(0, 6), london(londonDue),
                london(londonDue).minusSeconds(86_400), result);
    }

    private long insert(String sla, String team, String reference, Instant due, Instant warn, String result) {
        boolean breached = result.equals("BREACHED") || result.equals("MET_LATE");
        boolean stopped = !result.equals("OPEN") && !result.equals("BREACHED");
        Instant stoppedAt = result.equals("MET") ? due.minusSeconds(3600) : due.plusSeconds(3600);
        return jdbc.sql("""
                        INSERT INTO sla_clock (sla_id, sla_version, process_key, process_instance_id, case_reference,
                            start_key, team, started_at, due_at, warn_at, stopped_at, result, breached_at)
                        VALUES (?, 1, 'fraud-triage', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(sla, "pi-" + reference, reference, "start-" + reference, team,
                        SlaClockRepository.utc(due.minusSeconds(86_400 * 3)), SlaClockRepository.utc(due), SlaClockRepository.utc(warn),
                        stopped ? SlaClockRepository.utc(stoppedAt) : null, result, breached ? SlaClockRepository.utc(due) : null)
                .query(Long.class).single();
    }

    private static JsonNode compliance(JsonNode dashboard, String sla, String team) {
        return stream(dashboard.get("compliance"))
                .filter(c -> c.get("slaId").asText().equals(sla) && c.get("team").asText().equals(team))
                .findFirst().orElse(null);
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/London")).toInstant();
    }
}
