package uk.police.ecu.casework;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scenario 1, the floor every other figure is compared with: the engine alone starting a trivial
 * start → user task → end process and completing its task, one instance per transaction.
 */
public class EngineBaselineScenario {

    /** Rates of one thread count: starts/s, completions/s, and whole instances (start and complete)/s. */
    public record Rates(int threads, int instances, double startsPerSecond, double completionsPerSecond) {
        public double instancesPerSecond() {
            return 1 / (1 / startsPerSecond + 1 / completionsPerSecond);
        }
    }

    private static final String KEY = "bench-trivial";

    private final ApplicationContext context;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Map<Integer, Rates> measured = new ConcurrentHashMap<>();
    private int run;

    public EngineBaselineScenario(ApplicationContext context) {
        this.context = context;
        this.runtime = context.getBean(RuntimeService.class);
        this.tasks = context.getBean(TaskService.class);
        context.getBean(RepositoryService.class).createDeployment().addModelInstance(KEY + ".bpmn",
                Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
                        .startEvent().userTask("Task_Trivial").endEvent().done()).deploy();
    }

    /** Measured once per thread count (after a warm-up), then remembered for the scenarios that compare with it. */
    public Rates rates(int threads) {
        return measured.computeIfAbsent(threads, t -> {
            measure(t, 300);
            return measure(t, 2_000);
        });
    }

    public void report(BenchmarkResults results, int threads) {
        Rates rates = rates(threads);
        String size = "%,d instances, %d thread%s".formatted(rates.instances(), threads, threads == 1 ? "" : "s");
        results.throughput("1 engine baseline", "start trivial process", size, rates.startsPerSecond(), "starts",
                rates.startsPerSecond(), "itself");
        results.throughput("1 engine baseline", "complete its task", size, rates.completionsPerSecond(), "completions",
                rates.completionsPerSecond(), "itself");
        results.throughput("1 engine baseline", "start and complete", size, rates.instancesPerSecond(), "instances",
                rates.instancesPerSecond(), "itself");
    }

    /**
     * Task completions with and without the index on {@code ACT_RU_TASK.PARENT_TASK_ID_} (which completion
     * uses to find subtasks), on the database as it is: run while many tasks are open.
     */
    public void reportParentTaskIndex(BenchmarkResults results, int threads, int count) {
        // Indexes are the owner's to drop and make; the application's role may not.
        JdbcTemplate jdbc = context.getBean(DatabaseOwner.class).jdbc();
        long open = jdbc.queryForObject("SELECT count(*) FROM act_ru_task", Long.class);
        String size = "%,d instances, %d threads, %,d open tasks".formatted(count, threads, open);
        measure(threads, 200);
        double with = measure(threads, count).completionsPerSecond();
        jdbc.execute("DROP INDEX public.casework_ru_task_parent_task");
        try {
            measure(threads, 200);
            double without = measure(threads, count).completionsPerSecond();
            results.throughput("engine cost", "complete trivial task without the PARENT_TASK_ID_ index", size,
                    without, "completions", without, "itself");
            results.throughput("engine cost", "complete trivial task with the PARENT_TASK_ID_ index", size,
                    with, "completions", without, "without the index");
        } finally {
            jdbc.execute("CREATE INDEX IF NOT EXISTS casework_ru_task_parent_task ON public.act_ru_task (parent_task_id_)");
        }
    }

    private Rates measure(int threads, int count) {
        String prefix = "bench-trivial-" + (run++) + "-";
        String[] instances = new String[count];
        double startSeconds = BenchmarkResults.parallel(threads, count,
                i -> instances[i] = runtime.startProcessInstanceByKey(KEY, prefix + i).getId());
        double completeSeconds = BenchmarkResults.parallel(threads, count, i -> tasks.complete(
                tasks.createTaskQuery().processInstanceId(instances[i]).singleResult().getId()));
        return new Rates(threads, count, count / startSeconds, count / completeSeconds);
    }
}
