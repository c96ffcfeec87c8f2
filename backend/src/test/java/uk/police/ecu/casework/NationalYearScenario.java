package uk.police.ecu.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.intake.IntakeScenario;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.RunAs;
import uk.police.ecu.casework.security.UserRepository;
import uk.police.ecu.casework.sla.BreachScan;
import uk.police.ecu.casework.tasks.TaskListService;

/**
 * Scenario 6: a synthetic year at national scale (400,000 disseminations, 100,000 victim-list rows at
 * scale 1.0), a week at a time at accelerated engine time: each week's dissemination file and victim list
 * imported, every new case given its triage decision (file, allocate to an area, allocate to the ECU), the
 * SLA breach scan run at the week's end. Then the database's size, the heap after a collection and the
 * process's resident memory, and the engine's history time-to-live and cleanup settings.
 */
public class NationalYearScenario {

    static final int WEEKS = 52;
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2025, 11, 24);
    private static final List<String> AREAS = List.of("coventry", "dudley", "sandwell", "solihull", "walsall");

    private final ApplicationContext context;
    private final IntakeScenario intake;
    private final TaskService tasks;
    private final TaskListService taskList;
    private final RunAs runAs;
    private final ObjectMapper json;
    private final JdbcClient jdbc;
    private final CaseworkUser officer;
    private final double scale;
    private final double budgetSeconds;
    private final Path dataDirectory;
    private final Path progressFile;

    /**
     * The year's size is {@code bench.year.scale} (default 1.0). With the embedded database in a kept directory
     * ({@code casework.database.embedded.data-dir}) the year's progress is kept beside it, and
     * {@code bench.year.budget-minutes} pauses the year after the last week that fits; the same command with
     * {@code -Dtest='BenchmarkSuite#nationalYear'} resumes it.
     */
    public NationalYearScenario(ApplicationContext context) {
        this.context = context;
        this.intake = new IntakeScenario(context);
        this.tasks = context.getBean(TaskService.class);
        this.taskList = context.getBean(TaskListService.class);
        this.runAs = context.getBean(RunAs.class);
        this.json = context.getBean(ObjectMapper.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.officer = context.getBean(UserRepository.class).find("ecu.officer").orElseThrow();
        this.scale = Double.parseDouble(System.getProperty("bench.year.scale", "1.0"));
        this.budgetSeconds = 60 * Double.parseDouble(System.getProperty("bench.year.budget-minutes", "0"));
        String dataDir = context.getEnvironment().getProperty("casework.database.embedded.data-dir", "");
        this.dataDirectory = dataDir.isBlank() ? null : Path.of(dataDir).toAbsolutePath();
        this.progressFile = dataDirectory == null ? null
                : dataDirectory.resolveSibling(dataDirectory.getFileName() + "-year.properties");
        if (budgetSeconds > 0 && dataDirectory == null) {
            throw new IllegalStateException("A year paused by bench.year.budget-minutes can only be resumed from a kept "
                    + "database: set casework.database.embedded.data-dir as well.");
        }
    }

    /** True when the database already holds a year in progress, begun by an earlier run. */
    public boolean resuming() {
        return progressFile != null && Files.exists(progressFile);
    }

    /**
     * Runs the year's remaining weeks, or as many as fit in the time budget, and reports; the p95s of
     * scenarios 4 and 5 on the empty database are kept with the progress for the comparison after the year.
     * Returns the progress: the year is complete when every week is done.
     */
    public YearProgress report(BenchmarkResults results, double[] taskListEmptyP95, double[] dashboardEmptyP95) {
        int disseminationsPerWeek = (int) Math.round(400_000 * scale / WEEKS);
        int victimsPerWeek = (int) Math.round(100_000 * scale / WEEKS);
        String size = "scale %.3g: %,d disseminations, %,d victim-list rows".formatted(scale,
                disseminationsPerWeek * WEEKS, victimsPerWeek * WEEKS);
        YearProgress progress = startOrResume(results, taskListEmptyP95, dashboardEmptyP95);
        long partStart = System.nanoTime();
        double lastWeekSeconds = 0;
        try {
            for (int week = progress.weeksDone(); week < WEEKS && fitsBudget(partStart, lastWeekSeconds); week++) {
                long weekStart = System.nanoTime();
                LocalDate monday = FIRST_MONDAY.plusWeeks(week);
                ClockUtil.setCurrentTime(Date.from(monday.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant()));
                String batch = "Y%02d".formatted(week);
                double intakeSeconds = intake.importDisseminations(batch, disseminationsPerWeek,
                        i -> monday.minusDays(1 + i % 7).toString());
                intakeSeconds += intake.importVictimList(batch, victimsPerWeek, monday.toString());
                ClockUtil.setCurrentTime(Date.from(monday.atTime(14, 0).atZone(ZoneId.systemDefault()).toInstant()));
                double triageSeconds = BenchmarkResults.parallel(4, disseminationsPerWeek,
                        i -> runAs.user(officer.username(), () -> triage("NFRC-BENCH-%s-%06d".formatted(batch, i), i)));
                context.getBean(BreachScan.class).recordBreaches(monday.plusDays(7).atStartOfDay(ZoneId.systemDefault())
                        .toInstant());
                lastWeekSeconds = (System.nanoTime() - weekStart) / 1e9;
                progress = progress.afterWeek(intakeSeconds, triageSeconds, lastWeekSeconds);
                if (progressFile != null) {
                    progress.save(progressFile);
                }
                if (week % 13 == 12) {
                    results.note("national year: week %d done after %.0f s, database %,d MB".formatted(week + 1,
                            progress.wallSeconds(), databaseSize() >> 20));
                }
            }
        } finally {
            ClockUtil.reset();
        }
        if (progress.weeksDone() < WEEKS) {
            results.figure("6 national year", "paused: the time budget (bench.year.budget-minutes) ran out", size,
                    "after week %d of %d, %.0f s so far".formatted(progress.weeksDone(), WEEKS, progress.wallSeconds()));
            results.note("The national year in %s is paused after week %d; run the same command with "
                    .formatted(dataDirectory, progress.weeksDone())
                    + "-Dtest='BenchmarkSuite#nationalYear' to resume it.");
            return progress;
        }
        reportYear(results, size, progress, (disseminationsPerWeek + victimsPerWeek) * WEEKS,
                disseminationsPerWeek * WEEKS);
        return progress;
    }

    private YearProgress startOrResume(BenchmarkResults results, double[] taskListEmptyP95, double[] dashboardEmptyP95) {
        if (!resuming()) {
            return new YearProgress(scale, 0, 0, 0, 0, databaseSize(), LocalDate.now().toString(), taskListEmptyP95,
                    dashboardEmptyP95);
        }
        YearProgress progress = YearProgress.load(progressFile).orElseThrow();
        if (progress.scale() != scale) {
            throw new IllegalStateException("The year in progress in %s is at scale %s, not %s: resume it at its own "
                    .formatted(dataDirectory, progress.scale(), scale)
                    + "scale, or delete that directory and the file beside it to start again.");
        }
        results.note("National year resumed at week %d of %d (begun %s, %.0f s so far); scenarios 4 and 5 are compared "
                .formatted(progress.weeksDone() + 1, WEEKS, progress.startedOn(), progress.wallSeconds())
                + "with their p95s on the empty database measured when it began.");
        return progress;
    }

    private boolean fitsBudget(long partStart, double lastWeekSeconds) {
        return budgetSeconds <= 0 || (System.nanoTime() - partStart) / 1e9 + lastWeekSeconds <= budgetSeconds;
    }

    private void reportYear(BenchmarkResults results, String size, YearProgress year, int rows, int decisions) {
        results.figure("6 national year", "wall time (intake, screening, triage decisions, breach scans)", size,
                "%.0f s".formatted(year.wallSeconds()));
        results.figure("6 national year", "intake rate over the year (both kinds of file)", size,
                "%.1f rows/s".formatted(rows / year.intakeSeconds()));
        results.figure("6 national year", "triage decisions, 4 threads", size,
                "%.1f decisions/s".formatted(decisions / year.triageSeconds()));
        results.figure("6 national year", "database size at the end (pg_database_size)", size,
                "%,d MB (grew %,d MB)".formatted(databaseSize() >> 20, (databaseSize() - year.sizeBefore()) >> 20));
        results.figure("6 national year", "database growth a case (per dissemination; victim-list rows included)", size,
                "%.1f kB".formatted((databaseSize() - year.sizeBefore()) / 1024.0 / decisions));
        results.figure("6 national year", "largest tables", size, largestTables());
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long maxHeap = Runtime.getRuntime().maxMemory();
        results.figure("6 national year", "heap used after GC (max heap)", size,
                "%,d MB (of %,d MB)".formatted(heap >> 20, maxHeap >> 20));
        results.figure("6 national year", "resident memory of the JVM (VmRSS)", size, residentMemory());
        assertThat(heap).as("heap after a year").isLessThan(1L << 30);
        results.note(historySettings());
    }

    /** Gives the case its triage decision as an officer would: claim, then the form. */
    private void triage(String reference, int i) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_Triage")
                .singleResult();
        if (task == null) {
            return; // an NFIB90 case waits for recategorisation first
        }
        taskList.claim(officer, task.getId());
        Map<String, Object> answers = switch (i % 10) {
            case 0 -> Map.of("linesOfEnquiry", List.of("Trace the receiving account"), "priority", "HIGH",
                    "decision", "ALLOCATE_ECU");
            case 1, 2, 3 -> Map.of("linesOfEnquiry", List.of("Identify the suspect's phone"), "priority", "MEDIUM",
                    "decision", "ALLOCATE_AREA", "policingArea", AREAS.get(i % AREAS.size()));
            default -> Map.of("linesOfEnquiry", List.of(), "priority", "LOW", "decision", "FILE",
                    "filingRationale", "No suspect or account identified", "filingOutcomeCode", "18");
        };
        taskList.complete(officer, task.getId(), json.valueToTree(answers));
    }

    private long databaseSize() {
        return jdbc.sql("SELECT pg_database_size(current_database())").query(Long.class).single();
    }

    private String largestTables() {
        return String.join(", ", jdbc.sql("""
                SELECT c.relname || ' ' || pg_size_pretty(pg_total_relation_size(c.oid)) FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind = 'r' AND n.nspname IN ('public', 'casework')
                ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 6""").query(String.class).list());
    }

    private static String residentMemory() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> l.substring(6).trim()).findFirst().orElse("unknown");
        } catch (java.io.IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** Every deployed model's history time-to-live, and the engine's cleanup settings, as in force. */
    private String historySettings() {
        RepositoryService repository = context.getBean(RepositoryService.class);
        long processesWithoutTtl = repository.createProcessDefinitionQuery().list().stream()
                .filter(d -> d.getHistoryTimeToLive() == null).count();
        long decisionsWithoutTtl = repository.createDecisionDefinitionQuery().list().stream()
                .filter(d -> d.getHistoryTimeToLive() == null).count();
        ProcessEngineConfigurationImpl engine = context.getBean(ProcessEngineConfigurationImpl.class);
        return ("History: process definitions without a time-to-live: %d, decision definitions without one: %d; "
                + "enforce-history-time-to-live %s; cleanup strategy %s, batch window %s–%s, batch size %d, "
                + "degree of parallelism %d.").formatted(processesWithoutTtl, decisionsWithoutTtl,
                engine.isEnforceHistoryTimeToLive(), engine.getHistoryCleanupStrategy(),
                engine.getHistoryCleanupBatchWindowStartTime(), engine.getHistoryCleanupBatchWindowEndTime(),
                engine.getHistoryCleanupBatchSize(), engine.getHistoryCleanupDegreeOfParallelism());
    }
}
