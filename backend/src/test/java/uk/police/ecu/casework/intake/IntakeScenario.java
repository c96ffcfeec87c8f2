package uk.police.ecu.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.BenchmarkResults;
import uk.police.ecu.casework.security.RunAs;

/**
 * Scenario 3: a 10,000-row dissemination file and a 10,000-row weekly victim list, each from upload
 * until every row is done (every case waiting at its first task, every victim screened and the referred
 * ones waiting at theirs), on a durable database, against the engine's start rate on one thread.
 */
public class IntakeScenario {

    public static final String DISSEMINATION_HEADER =
            "crime_reference,reported_date,nfib_code,victim_type,victim_name,loss_gbp\n";
    public static final String VICTIM_LIST_HEADER = "crime_reference,reported_date,nfib_code,victim_forename,"
            + "victim_surname,victim_date_of_birth,victim_phone,victim_email,ndm_score,list_week\n";

    private final DisseminationImportService disseminations;
    private final VictimListImportService victimLists;
    private final ImportJobRepository jobs;
    private final RunAs runAs;
    private final JdbcClient jdbc;
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();

    public IntakeScenario(ApplicationContext context) {
        this.disseminations = context.getBean(DisseminationImportService.class);
        this.victimLists = context.getBean(VictimListImportService.class);
        this.jobs = context.getBean(ImportJobRepository.class);
        this.runAs = context.getBean(RunAs.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    public void report(BenchmarkResults results, double engineStartsPerSecond, int rows) {
        assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
        importDisseminations("W" + run, rows / 20, i -> "2026-10-01");
        double seconds = importDisseminations("R" + run, rows, i -> "2026-10-01");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
                        WHERE e.business_key_ LIKE ? AND t.task_def_key_ IN ('Task_Triage', 'Task_Recategorise')""")
                .param("NFRC-BENCH-R" + run + "-%").query(Integer.class).single()).isEqualTo(rows);
        results.throughput("3 intake", "dissemination CSV until every case waits at its first task", "%,d rows".formatted(rows),
                rows / seconds, "rows", engineStartsPerSecond, "scenario 1 starts, 1 thread");

        importVictimList("W" + run, rows / 20, "2026-11-02");
        seconds = importVictimList("R" + run, rows, "2026-11-02");
        results.throughput("3 intake", "victim list until every victim is screened and each referral waits at "
                + "its first task", "%,d rows".formatted(rows), rows / seconds, "rows", engineStartsPerSecond,
                "scenario 1 starts, 1 thread");
    }

    /** Imports a dissemination file of unique crimes; returns seconds from upload to the import's end. */
    public double importDisseminations(String batch, int rows, IntFunction<String> reportedDate) {
        StringBuilder csv = new StringBuilder(DISSEMINATION_HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append("NFRC-BENCH-%s-%06d,%s,%s,INDIVIDUAL,Victim %d,%d\n".formatted(batch, i, reportedDate.apply(i),
                    i % 50 == 0 ? "NFIB90" : "NFIB3A", i, 100 + i % 5000));
        }
        return timed("ecu.officer", () -> disseminations.upload("bench-" + batch + ".csv", bytes(csv)).id());
    }

    /** Imports a victim list of distinct people (about one in a hundred referred); seconds to the import's end. */
    public double importVictimList(String batch, int rows, String listWeek) {
        StringBuilder csv = new StringBuilder(VICTIM_LIST_HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append("VL-BENCH-%s-%06d,%s,%s,Victim,Bench%s%d,,,,3,%s\n".formatted(batch, i, listWeek,
                    i % 100 == 0 ? "NFIB1D" : "NFIB3A", batch, i, listWeek));
        }
        return timed("victim.care", () -> victimLists.upload("bench-" + batch + ".csv", bytes(csv)).id());
    }

    /** A finished import and the seconds from upload to its end. */
    public record TimedImport(ImportJob job, double seconds) {
    }

    /** Uploads a victim list as a victim care officer would and waits for the import to end. */
    public TimedImport importVictimListFile(String fileName, String csv) {
        long start = System.nanoTime();
        UUID id = runAs.user("victim.care", () -> victimLists.upload(fileName, bytes(csv)).id());
        double seconds = finished(id, start);
        return new TimedImport(jobs.find(id).orElseThrow(), seconds);
    }

    private double timed(String user, Supplier<UUID> upload) {
        long start = System.nanoTime();
        return finished(runAs.user(user, upload), start);
    }

    private double finished(UUID id, long start) {
        await().atMost(Duration.ofHours(3)).pollInterval(Duration.ofMillis(50))
                .until(() -> !"RUNNING".equals(jobs.find(id).orElseThrow().status()));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(jobs.find(id).orElseThrow().status()).isEqualTo("COMPLETED");
        return seconds;
    }

    private static byte[] bytes(CharSequence csv) {
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
