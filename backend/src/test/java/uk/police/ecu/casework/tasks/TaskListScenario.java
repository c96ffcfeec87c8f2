package uk.police.ecu.casework.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.BenchmarkResults;
import uk.police.ecu.casework.DatabaseOwner;

/**
 * Scenario 4: with 100,000 open tasks across ten team queues, the first page of a filtered team queue
 * served by the product's API (HTTP, projection, audit record and all) against the engine's own
 * {@code TaskQuery} for the same page.
 */
public class TaskListScenario {

    private static final int TASKS = 100_000;
    private static final int TEAMS = 10;
    private static final int PAGE = 25;
    private static final int SAMPLES = 300;
    private static final String QUEUE = "ecu-triage";
    private static final String AREA = "coventry";
    private static final String SIZE = "100,000 open tasks";
    private static final List<String> AREAS = List.of("coventry", "dudley", "sandwell", "solihull", "walsall",
            "wolverhampton", "birmingham-east", "birmingham-west");
    private static final List<String> MEASURES = List.of(
            "engine TaskQuery: team queue, first 25 by due date, no filters",
            "engine TaskQuery: same page with due window and area (process variable) filters",
            "product API over HTTP: same page from the task projection, incl. audit record");

    private final ApplicationContext context;
    private final int port;
    private final JdbcTemplate jdbc;
    private double[] emptyP95;

    public TaskListScenario(ApplicationContext context, int port) {
        this.context = context;
        this.port = port;
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    /** Seeds the tasks and measures; the p95s are kept to compare with after the national year. */
    public void report(BenchmarkResults results) {
        seed();
        long[][] samples = sample();
        double filteredP95 = BenchmarkResults.percentile(samples[1], 95);
        emptyP95 = new double[MEASURES.size()];
        for (int c = 0; c < MEASURES.size(); c++) {
            emptyP95[c] = results.latency("4 task list", MEASURES.get(c), SIZE, samples[c], filteredP95,
                    "engine TaskQuery, same page");
        }
    }

    /** The p95s on the empty database, or null before {@link #report}. */
    public double[] emptyP95() {
        return emptyP95;
    }

    /** The same queries on the grown database, each against its p95 on the empty database (null if not measured). */
    public void reportAgain(BenchmarkResults results, String when, double[] emptyP95) {
        if (emptyP95 == null) {
            results.note("Scenario 4 was not run, so its queries were not compared " + when + ".");
            return;
        }
        long[][] samples = sample();
        for (int c = 0; c < MEASURES.size(); c++) {
            results.latency("6 national year", "task list: " + MEASURES.get(c), SIZE + ", " + when, samples[c],
                    emptyP95[c], "scenario 4 on the empty database");
        }
    }

    private long[][] sample() {
        TaskService tasks = context.getBean(TaskService.class);
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
        return BenchmarkResults.interleaved(List.of(enginePlain, engineFiltered, product), 30, SAMPLES);
    }

    /** 100,000 open tasks spread over ten queues and eight areas, due over the next month. */
    private void seed() {
        context.getBean(RepositoryService.class).createDeployment().addModelInstance("bench-queue.bpmn",
                Bpmn.createExecutableProcess("bench-queue").camundaHistoryTimeToLive(1).startEvent()
                        .userTask("Task_Bench").name("Bench task")
                        .camundaCandidateGroups("${team}").camundaDueDate("${due}").endEvent().done()).deploy();
        RuntimeService runtime = context.getBean(RuntimeService.class);
        Instant now = Instant.now();
        BenchmarkResults.parallel(4, TASKS, i -> {
            String team = i % TEAMS == 0 ? QUEUE : "bench-team-" + (i % TEAMS);
            runtime.startProcessInstanceByKey("bench-queue", "NFRC-TL-" + i, Map.of("team", team,
                    "due", Date.from(now.plus(i % 30 + 1, ChronoUnit.DAYS).minus(1, ChronoUnit.HOURS)),
                    "policingArea", AREAS.get(i % AREAS.size())));
        });
        // The bench process has no case facts of its own; give its rows the area the engine holds as a variable.
        jdbc.update("""
                UPDATE task_projection p SET policing_area = v.text_ FROM act_ru_variable v
                WHERE p.process_key = 'bench-queue' AND v.proc_inst_id_ = p.process_instance_id AND v.name_ = 'policingArea'""");
        // Statistics are the owner's to gather; the application's role may not.
        JdbcTemplate owner = context.getBean(DatabaseOwner.class).jdbc();
        owner.execute("ANALYZE casework.task_projection");
        owner.execute("ANALYZE public.act_ru_task");
        owner.execute("ANALYZE public.act_ru_identitylink");
        owner.execute("ANALYZE public.act_ru_variable");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM task_projection WHERE process_key = 'bench-queue'",
                Integer.class)).isEqualTo(TASKS);
    }
}
