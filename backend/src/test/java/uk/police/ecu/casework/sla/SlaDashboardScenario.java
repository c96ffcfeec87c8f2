package uk.police.ecu.casework.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.BenchmarkResults;
import uk.police.ecu.casework.DatabaseOwner;

/**
 * Scenario 5: with 100,000 open SLA clocks and 10,000 breaches, the dashboard's API calls (HTTP,
 * security, every query of the page) against the single SQL query that counts open clocks per team.
 */
public class SlaDashboardScenario {

    private static final int OPEN = 100_000;
    private static final int BREACHES = 10_000;
    private static final int SAMPLES = 200;
    private static final String SIZE = "100,000 open clocks, 10,000 breaches";
    private static final String TEAMS = "ARRAY['ecu-triage', 'ecu-investigations', 'ecu-supervisors', 'lpa-birmingham-east',"
            + " 'lpa-birmingham-west', 'lpa-coventry', 'lpa-dudley', 'lpa-sandwell', 'lpa-solihull', 'lpa-walsall']";
    private static final String SLAS = "ARRAY['triage-completed', 'nfib90-recategorised', 'filing-approved',"
            + " 'victim-told-officer', 'victim-told-of-case-event']";
    private static final List<String> MEASURES = List.of(
            "one SQL query: open clocks per team (JDBC, no HTTP)",
            "GET /api/sla/dashboard as an analyst (all teams, 12 weeks)",
            "GET /api/sla/dashboard as an ECU supervisor (3 teams)",
            "GET /api/sla/compliance.csv as an analyst");

    private final int port;
    private final JdbcTemplate jdbc;
    // Statistics are the owner's to gather; the application's role may not.
    private final JdbcTemplate owner;
    private double[] emptyP95;

    public SlaDashboardScenario(ApplicationContext context, int port) {
        this.port = port;
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.owner = context.getBean(DatabaseOwner.class).jdbc();
    }

    /** Seeds the clocks and measures; the p95s are kept to compare with after the national year. */
    public void report(BenchmarkResults results) {
        seed();
        long[][] samples = sample();
        double baseP95 = BenchmarkResults.percentile(samples[0], 95);
        emptyP95 = new double[MEASURES.size()];
        for (int c = 0; c < MEASURES.size(); c++) {
            emptyP95[c] = results.latency("5 SLA dashboard", MEASURES.get(c), SIZE, samples[c], baseP95,
                    "the SQL count");
        }
    }

    /** The p95s on the empty database, or null before {@link #report}. */
    public double[] emptyP95() {
        return emptyP95;
    }

    /** The same calls on the grown database, each against its p95 on the empty database (null if not measured). */
    public void reportAgain(BenchmarkResults results, String when, double[] emptyP95) {
        if (emptyP95 == null) {
            results.note("Scenario 5 was not run, so its queries were not compared " + when + ".");
            return;
        }
        long[][] samples = sample();
        for (int c = 0; c < MEASURES.size(); c++) {
            results.latency("6 national year", "SLA: " + MEASURES.get(c), SIZE + ", " + when, samples[c],
                    emptyP95[c], "scenario 5 on the empty database");
        }
    }

    private long[][] sample() {
        ApiClient analyst = ApiClient.signedIn(port, "analyst");
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        Supplier<Integer> baseline = () -> jdbc.queryForList(
                "SELECT team, count(*) FROM sla_clock WHERE result = 'OPEN' GROUP BY team").size();
        Supplier<Integer> analystDashboard = () -> analyst.get("/api/sla/dashboard").json().get("compliance").size();
        Supplier<Integer> supervisorDashboard = () -> supervisor.get("/api/sla/dashboard").json().get("compliance").size();
        Supplier<Integer> complianceCsv = () -> analyst.get("/api/sla/compliance.csv").body().length();
        assertThat(baseline.get()).isGreaterThanOrEqualTo(10);
        assertThat(analystDashboard.get()).isGreaterThan(0);
        return BenchmarkResults.interleaved(List.of(baseline, analystDashboard, supervisorDashboard, complianceCsv),
                20, SAMPLES);
    }

    /**
     * Open clocks due over the next 20 days (about one in ten past its warning point) across ten teams,
     * and breaches over the last twelve weeks: half still open, half done late, a fifth awaiting review.
     */
    private void seed() {
        jdbc.update("""
                INSERT INTO sla_clock (sla_id, sla_version, process_key, process_instance_id, case_reference, start_key,
                    team, started_at, due_at, warn_at)
                SELECT (%s)[1 + i %% 5], 1, 'fraud-triage', 'bench-pi-' || i, 'NFRC-BENCH-' || i, 'bench-open-' || i,
                    (%s)[1 + i %% 10], due - interval '7 days', due, due - interval '42 hours'
                FROM (SELECT i, now() + (i %% 20000) * interval '86.4 seconds' * 1 AS due
                      FROM generate_series(1, %d) AS i) s""".formatted(SLAS, TEAMS, OPEN));
        jdbc.update("""
                INSERT INTO sla_clock (sla_id, sla_version, process_key, process_instance_id, case_reference, start_key,
                    team, started_at, due_at, warn_at, stopped_at, result, breached_at)
                SELECT (%s)[1 + i %% 5], 1, 'fraud-triage', 'bench-bpi-' || i, 'NFRC-BENCHB-' || i, 'bench-breach-' || i,
                    (%s)[1 + i %% 10], due - interval '7 days', due, due - interval '42 hours',
                    CASE WHEN i %% 2 = 0 THEN due + interval '1 day' END,
                    CASE WHEN i %% 2 = 0 THEN 'MET_LATE' ELSE 'BREACHED' END, due
                FROM (SELECT i, now() - interval '2 days' - (i %% 10000) * interval '725 seconds' AS due
                      FROM generate_series(1, %d) AS i) s""".formatted(SLAS, TEAMS, BREACHES));
        jdbc.update("""
                INSERT INTO sla_breach_review (clock_id, review_team, cause, justified, action_taken, reviewed_by, reviewed_at,
                    breached_at)
                SELECT id, 'ecu-supervisors', CASE WHEN id %% 5 = 0 THEN NULL ELSE 'WORKLOAD' END,
                    CASE WHEN id %% 5 = 0 THEN NULL ELSE false END, CASE WHEN id %% 5 = 0 THEN NULL ELSE 'Shared out' END,
                    CASE WHEN id %% 5 = 0 THEN NULL ELSE 'ecu.supervisor' END, CASE WHEN id %% 5 = 0 THEN NULL ELSE now() END,
                    breached_at
                FROM sla_clock WHERE start_key LIKE 'bench-breach-%%'""".formatted());
        owner.execute("ANALYZE casework.sla_clock");
        owner.execute("ANALYZE casework.sla_breach_review");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sla_clock WHERE start_key LIKE 'bench-open-%'", Integer.class))
                .isEqualTo(OPEN);
    }
}
