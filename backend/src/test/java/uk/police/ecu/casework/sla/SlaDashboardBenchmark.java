package uk.police.ecu.casework.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.police.ecu.casework.ApiClient;

/**
 * With 100,000 open SLA clocks and 10,000 breaches, the dashboard's API calls (HTTP, security, every
 * query of the page) against the single SQL query that counts open clocks per team, measured in the
 * same run on a durable database. Run with {@code -Pbench}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "casework.database.embedded.durable=true",
        "casework.database.throwaway=false",
        "logging.level.root=WARN"})
@ActiveProfiles("test")
class SlaDashboardBenchmark {

    private static final int OPEN = 100_000;
    private static final int BREACHES = 10_000;
    private static final int SAMPLES = 200;
    private static final String TEAMS = "ARRAY['ecu-triage', 'ecu-investigations', 'ecu-supervisors', 'lpa-birmingham-east',"
            + " 'lpa-birmingham-west', 'lpa-coventry', 'lpa-dudley', 'lpa-sandwell', 'lpa-solihull', 'lpa-walsall']";
    private static final String SLAS = "ARRAY['triage-completed', 'nfib90-recategorised', 'filing-approved',"
            + " 'victim-told-officer', 'victim-told-of-case-event']";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldReportTheDashboardAgainstACountOfOpenClocksPerTeam() throws Exception {
        assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
        seed();
        ApiClient analyst = ApiClient.signedIn(port, "analyst");
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");

        Supplier<Integer> baseline = () -> jdbc.queryForList(
                "SELECT team, count(*) FROM sla_clock WHERE result = 'OPEN' GROUP BY team").size();
        Supplier<Integer> analystDashboard = () -> analyst.get("/api/sla/dashboard").json().get("compliance").size();
        Supplier<Integer> supervisorDashboard = () -> supervisor.get("/api/sla/dashboard").json().get("compliance").size();
        Supplier<Integer> complianceCsv = () -> analyst.get("/api/sla/compliance.csv").body().length();
        assertThat(baseline.get()).isEqualTo(10);
        assertThat(analystDashboard.get()).isGreaterThan(0);

        long[][] samples = measure(List.of(baseline, analystDashboard, supervisorDashboard, complianceCsv));
        double baseP95 = percentile(samples[0], 95);
        String table = String.join("\n", List.of(
                "| scenario | open clocks | breaches | p50 | p95 | ratio of p95 to the SQL count |",
                "|---|---|---|---|---|---|",
                row("one SQL query: open clocks per team (JDBC, no HTTP)", samples[0], baseP95),
                row("GET /api/sla/dashboard as an analyst (all teams, 12 weeks)", samples[1], baseP95),
                row("GET /api/sla/dashboard as an ECU supervisor (3 teams)", samples[2], baseP95),
                row("GET /api/sla/compliance.csv as an analyst", samples[3], baseP95)));
        System.out.println("\n" + table);
        Path out = Path.of("target", "benchmarks", "sla-dashboard.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
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
                INSERT INTO sla_breach_review (clock_id, review_team, cause, justified, action_taken, reviewed_by, reviewed_at)
                SELECT id, 'ecu-supervisors', CASE WHEN id %% 5 = 0 THEN NULL ELSE 'WORKLOAD' END,
                    CASE WHEN id %% 5 = 0 THEN NULL ELSE false END, CASE WHEN id %% 5 = 0 THEN NULL ELSE 'Shared out' END,
                    CASE WHEN id %% 5 = 0 THEN NULL ELSE 'ecu.supervisor' END, CASE WHEN id %% 5 = 0 THEN NULL ELSE now() END
                FROM sla_clock WHERE start_key LIKE 'bench-breach-%%'""".formatted());
        jdbc.execute("ANALYZE sla_clock");
        jdbc.execute("ANALYZE sla_breach_review");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sla_clock WHERE start_key LIKE 'bench-open-%'", Integer.class))
                .isEqualTo(OPEN);
    }

    /** Interleaves the contenders so drift in the machine hits each alike; warm-up first. */
    private static long[][] measure(List<Supplier<Integer>> contenders) {
        long[][] samples = new long[contenders.size()][SAMPLES];
        for (int i = 0; i < 20; i++) {
            contenders.forEach(Supplier::get);
        }
        for (int i = 0; i < SAMPLES; i++) {
            for (int c = 0; c < contenders.size(); c++) {
                long start = System.nanoTime();
                contenders.get(c).get();
                samples[c][i] = System.nanoTime() - start;
            }
        }
        return samples;
    }

    private static String row(String scenario, long[] samples, double baselineP95) {
        double p95 = percentile(samples, 95);
        return "| %s | %,d | %,d | %.1f ms | %.1f ms | %.2f |".formatted(scenario, OPEN, BREACHES,
                percentile(samples, 50) / 1e6, p95 / 1e6, p95 / baselineP95);
    }

    private static double percentile(long[] samples, int percent) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
