package uk.police.ecu.casework.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.police.ecu.casework.ApiClient;

/**
 * With 100,000 open tasks across ten team queues, the first page of a filtered team queue served by
 * the product's API (HTTP, projection, audit record and all) against the engine's own {@code TaskQuery}
 * for the same page, measured in the same run on a durable database. Run with {@code -Pbench}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "casework.database.embedded.durable=true",
        "casework.database.throwaway=false",
        "logging.level.root=WARN"})
@ActiveProfiles("test")
class TaskListBenchmark {

    private static final int TASKS = 100_000;
    private static final int TEAMS = 10;
    private static final int PAGE = 25;
    private static final int SAMPLES = 300;
    private static final String QUEUE = "ecu-triage";
    private static final String AREA = "coventry";
    private static final List<String> AREAS = List.of("coventry", "dudley", "sandwell", "solihull", "walsall",
            "wolverhampton", "birmingham-east", "birmingham-west");

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldReportTheFilteredTeamQueueAgainstTheEnginesTaskQuery() throws Exception {
        assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
        seed();
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        Instant now = Instant.now();
        Date from = Date.from(now);
        Date until = Date.from(now.plus(8, ChronoUnit.DAYS));
        String api = "/api/tasks?queue=" + QUEUE + "&area=" + AREA + "&due=NEXT_7_DAYS&sort=DUE&size=" + PAGE;

        Supplier<Integer> product = () -> officer.get(api).json().get("tasks").size();
        Supplier<Integer> engineFiltered = () -> tasks.createTaskQuery().taskCandidateGroup(QUEUE).active()
                .dueAfter(from).dueBefore(until).processVariableValueEquals("policingArea", AREA)
                .orderByDueDate().asc().listPage(0, PAGE).size();
        Supplier<Integer> enginePlain = () -> tasks.createTaskQuery().taskCandidateGroup(QUEUE).active()
                .orderByDueDate().asc().listPage(0, PAGE).size();
        assertThat(product.get()).isEqualTo(PAGE);
        assertThat(engineFiltered.get()).isEqualTo(PAGE);

        long[][] samples = measure(List.of(enginePlain, engineFiltered, product));
        double plainP95 = percentile(samples[0], 95);
        double filteredP95 = percentile(samples[1], 95);
        String table = String.join("\n", List.of(
                "| scenario | open tasks | p50 | p95 | ratio of p95 to engine TaskQuery (same page) |",
                "|---|---|---|---|---|",
                row("engine TaskQuery: team queue, first 25 by due date, no filters", samples[0], filteredP95),
                row("engine TaskQuery: same page with due window and area (process variable) filters", samples[1], filteredP95),
                row("product API over HTTP: same page from the task projection, incl. audit record", samples[2], filteredP95)))
                + "\n\nProduct p95 against the unfiltered engine query: %.2f×\n".formatted(percentile(samples[2], 95) / plainP95);
        System.out.println("\n" + table);
        Path out = Path.of("target", "benchmarks", "task-list.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    /** 100,000 open tasks spread over ten queues and eight areas, due over the next month. */
    private void seed() throws Exception {
        repository.createDeployment().addModelInstance("bench-queue.bpmn", Bpmn.createExecutableProcess("bench-queue")
                .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Bench").name("Bench task")
                .camundaCandidateGroups("${team}").camundaDueDate("${due}").endEvent().done()).deploy();
        Instant now = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> started = new ArrayList<>();
        int perThread = TASKS / 4;
        for (int t = 0; t < 4; t++) {
            int first = t * perThread;
            started.add(pool.submit(() -> {
                for (int i = first; i < first + perThread; i++) {
                    String team = i % TEAMS == 0 ? QUEUE : "bench-team-" + (i % TEAMS);
                    runtime.startProcessInstanceByKey("bench-queue", "NFRC-TL-" + i, Map.of("team", team,
                            "due", Date.from(now.plus(i % 30 + 1, ChronoUnit.DAYS).minus(1, ChronoUnit.HOURS)),
                            "policingArea", AREAS.get(i % AREAS.size())));
                }
            }));
        }
        for (Future<?> f : started) {
            f.get();
        }
        pool.shutdown();
        // The bench process has no case facts of its own; give its rows the area the engine holds as a variable.
        jdbc.update("""
                UPDATE task_projection p SET policing_area = v.text_ FROM act_ru_variable v
                WHERE p.process_key = 'bench-queue' AND v.proc_inst_id_ = p.process_instance_id AND v.name_ = 'policingArea'""");
        jdbc.execute("ANALYZE task_projection");
        jdbc.execute("ANALYZE act_ru_task");
        jdbc.execute("ANALYZE act_ru_identitylink");
        jdbc.execute("ANALYZE act_ru_variable");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM task_projection WHERE process_key = 'bench-queue'",
                Integer.class)).isEqualTo(TASKS);
    }

    /** Interleaves the contenders so drift in the machine hits each alike; warm-up first. */
    private static long[][] measure(List<Supplier<Integer>> contenders) {
        long[][] samples = new long[contenders.size()][SAMPLES];
        for (int i = 0; i < 30; i++) {
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
        return "| %s | %,d | %.1f ms | %.1f ms | %.2f |".formatted(scenario, TASKS, percentile(samples, 50) / 1e6,
                p95 / 1e6, p95 / baselineP95);
    }

    private static double percentile(long[] samples, int percent) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
