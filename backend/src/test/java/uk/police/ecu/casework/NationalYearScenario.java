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

    public NationalYearScenario(ApplicationContext context, double scale) {
        this.context = context;
        this.intake = new IntakeScenario(context);
        this.tasks = context.getBean(TaskService.class);
        this.taskList = context.getBean(TaskListService.class);
        this.runAs = context.getBean(RunAs.class);
        this.json = context.getBean(ObjectMapper.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.officer = context.getBean(UserRepository.class).find("ecu.officer").orElseThrow();
        this.scale = scale;
    }

    public void report(BenchmarkResults results) {
        int disseminationsPerWeek = (int) Math.round(400_000 * scale / WEEKS);
        int victimsPerWeek = (int) Math.round(100_000 * scale / WEEKS);
        String size = "scale %.3g: %,d disseminations, %,d victim-list rows".formatted(scale,
                disseminationsPerWeek * WEEKS, victimsPerWeek * WEEKS);
        long sizeBefore = databaseSize();
        double intakeSeconds = 0;
        double triageSeconds = 0;
        long start = System.nanoTime();
        try {
            for (int week = 0; week < WEEKS; week++) {
                LocalDate monday = FIRST_MONDAY.plusWeeks(week);
                ClockUtil.setCurrentTime(Date.from(monday.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant()));
                String batch = "Y%02d".formatted(week);
                intakeSeconds += intake.importDisseminations(batch, disseminationsPerWeek,
                        i -> monday.minusDays(1 + i % 7).toString());
                intakeSeconds += intake.importVictimList(batch, victimsPerWeek, monday.toString());
                ClockUtil.setCurrentTime(Date.from(monday.atTime(14, 0).atZone(ZoneId.systemDefault()).toInstant()));
                triageSeconds += BenchmarkResults.parallel(4, disseminationsPerWeek,
                        i -> runAs.user(officer.username(), () -> triage("NFRC-BENCH-%s-%06d".formatted(batch, i), i)));
                context.getBean(BreachScan.class).recordBreaches(monday.plusDays(7).atStartOfDay(ZoneId.systemDefault())
                        .toInstant());
                if (week % 13 == 12) {
                    results.note("national year: week %d done after %.0f s, database %,d MB".formatted(week + 1,
                            (System.nanoTime() - start) / 1e9, databaseSize() >> 20));
                }
            }
        } finally {
            ClockUtil.reset();
        }
        double wallSeconds = (System.nanoTime() - start) / 1e9;
        int rows = (disseminationsPerWeek + victimsPerWeek) * WEEKS;
        results.figure("6 national year", "wall time (intake, screening, triage decisions, breach scans)", size,
                "%.0f s".formatted(wallSeconds));
        results.figure("6 national year", "intake rate over the year (both kinds of file)", size,
                "%.1f rows/s".formatted(rows / intakeSeconds));
        results.figure("6 national year", "triage decisions, 4 threads", size,
                "%.1f decisions/s".formatted(disseminationsPerWeek * WEEKS / triageSeconds));
        results.figure("6 national year", "database size at the end (pg_database_size)", size,
                "%,d MB (grew %,d MB)".formatted(databaseSize() >> 20, (databaseSize() - sizeBefore) >> 20));
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
