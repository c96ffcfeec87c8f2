package uk.police.ecu.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.police.ecu.casework.security.RunAs;

/**
 * Time to import a 10,000-row dissemination file until every case waits at its first task, against
 * the engine's own rate of starting a trivial one-task process, both on the same durable database
 * (fsync and synchronous_commit on) in the same run. Run with {@code -Pbench}; prints a table.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "casework.database.embedded.durable=true",
        "casework.database.throwaway=false",
        "logging.level.root=WARN"})
@ActiveProfiles("test")
class DisseminationImportBenchmark {

    private static final int ROWS = 10_000;
    private static final int WARM_UP = 500;

    @Autowired
    RuntimeService runtime;

    @Autowired
    RepositoryService repository;

    @Autowired
    DisseminationImportService imports;

    @Autowired
    ImportJobRepository jobs;

    @Autowired
    RunAs runAs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldReportImportThroughputAsARatioOfTheEnginesStartRate() throws IOException {
        assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
        repository.createDeployment().addModelInstance("bench-trivial.bpmn", Bpmn.createExecutableProcess("bench-trivial")
                .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Trivial").endEvent().done()).deploy();

        startTrivial("warm", WARM_UP);
        importFile("WARM", WARM_UP);

        long baselineNanos = startTrivial("run", ROWS);
        long importNanos = importFile("RUN", ROWS);

        assertThat(jdbc.sql("""
                        SELECT count(*) FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
                        WHERE e.business_key_ LIKE 'NFRC-BENCH-RUN-%' AND t.task_def_key_ = 'Task_Triage'""")
                .query(Integer.class).single()).isEqualTo(ROWS);
        double baselineRate = ROWS / seconds(baselineNanos);
        double importRate = ROWS / seconds(importNanos);
        String table = String.join("\n", List.of(
                "| scenario | size | wall time | throughput | ratio to engine baseline |",
                "|---|---|---|---|---|",
                "| engine baseline: start a trivial one-task process, 1 thread | %d instances | %.1f s | %.0f instances/s | 1.00 |"
                        .formatted(ROWS, seconds(baselineNanos), baselineRate),
                "| dissemination import until every case waits at its first task | %d rows | %.1f s | %.0f rows/s | %.2f |"
                        .formatted(ROWS, seconds(importNanos), importRate, importRate / baselineRate)));
        System.out.println("\n" + table + "\n");
        Path out = Path.of("target", "benchmarks", "dissemination-import.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + "\n");
    }

    private long startTrivial(String run, int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            runtime.startProcessInstanceByKey("bench-trivial", "bench-" + run + "-" + i);
        }
        return System.nanoTime() - start;
    }

    private long importFile(String run, int rows) {
        StringBuilder csv = new StringBuilder("crime_reference,reported_date,nfib_code,victim_type,victim_name,loss_gbp\n");
        for (int i = 0; i < rows; i++) {
            csv.append("NFRC-BENCH-%s-%05d,2026-10-01,NFIB3A,INDIVIDUAL,Victim %d,%d\n".formatted(run, i, i, 100 + i));
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        UUID id = runAs.user("ecu.officer", () -> imports.upload("bench-" + run + ".csv", file)).id();
        await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> "COMPLETED".equals(jobs.find(id).orElseThrow().status()));
        return System.nanoTime() - start;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
