package uk.police.ecu.casework;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import uk.police.ecu.casework.fraud.FraudTriageScenario;
import uk.police.ecu.casework.intake.IntakeScenario;
import uk.police.ecu.casework.sla.SlaDashboardScenario;
import uk.police.ecu.casework.tasks.TaskListScenario;
import uk.police.ecu.casework.victimcare.VictimMatchingScenario;

/**
 * Every scenario of the benchmark suite in one application on one durable embedded PostgreSQL
 * ({@code fsync} and {@code synchronous_commit} on), in order, into one table with each figure's ratio to
 * a baseline measured in the same run; printed and written to {@code target/benchmarks/summary.md}.
 * Run with {@code ./mvnw -pl backend -am verify -Pbench}; one scenario with {@code -Dtest='BenchmarkSuite#taskList'}
 * (the baselines it needs are measured first). The national year's size is {@code -Dbench.year.scale} (default 1.0);
 * a year too long for one sitting can be run in parts (see {@link NationalYearScenario}). The victim matching lists'
 * sizes are {@code -Dbench.matching.rows} (default {@code 10000,100000}).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "casework.database.embedded.durable=true",
        "casework.database.throwaway=false",
        "logging.level.root=WARN"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BenchmarkSuite {

    private final BenchmarkResults results = new BenchmarkResults();

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    private EngineBaselineScenario engine;
    private TaskListScenario taskList;
    private SlaDashboardScenario slaDashboard;
    private NationalYearScenario year;

    @BeforeAll
    void setUp() {
        engine = new EngineBaselineScenario(context);
        taskList = new TaskListScenario(context, port);
        slaDashboard = new SlaDashboardScenario(context, port);
        year = new NationalYearScenario(context);
    }

    /** On a database holding a year in progress, the other scenarios would measure and add to a full database. */
    @BeforeEach
    void onlyTheYearResumes(TestInfo test) {
        if (year.resuming() && !test.getTestMethod().orElseThrow().getName().equals("nationalYear")) {
            throw new IllegalStateException("This database holds a national year in progress: resume it with "
                    + "-Dtest='BenchmarkSuite#nationalYear', or delete its data directory and the file beside it.");
        }
    }

    @Test
    @Order(1)
    void engineBaseline() {
        engine.report(results, 1);
        engine.report(results, 4);
    }

    @Test
    @Order(2)
    void fraudTriage() {
        FraudTriageScenario triage = new FraudTriageScenario(context);
        triage.report(results, engine, 1, 200);
        triage.report(results, engine, 4, 400);
    }

    @Test
    @Order(3)
    void intake() {
        new IntakeScenario(context).report(results, engine.rates(1).startsPerSecond(), 10_000);
    }

    @Test
    @Order(4)
    void taskList() {
        taskList.report(results);
    }

    @Test
    @Order(5)
    void parentTaskIndex() {
        engine.reportParentTaskIndex(results, 4, 1_000);
    }

    @Test
    @Order(6)
    void slaDashboard() {
        slaDashboard.report(results);
    }

    @Test
    @Order(7)
    void nationalYear() {
        YearProgress progress = year.report(results, taskList.emptyP95(), slaDashboard.emptyP95());
        if (progress.weeksDone() == NationalYearScenario.WEEKS) {
            taskList.reportAgain(results, "after the year", progress.taskListEmptyP95());
            slaDashboard.reportAgain(results, "after the year", progress.dashboardEmptyP95());
        }
    }

    /** Last, so the matching lists' referrals do not change the task list and dashboard figures above. */
    @Test
    @Order(8)
    void victimMatching() {
        VictimMatchingScenario matching = new VictimMatchingScenario(context);
        double engineStarts = engine.rates(1).startsPerSecond();
        for (int rows : VictimMatchingScenario.sizes()) {
            matching.report(results, engineStarts, rows);
        }
        results.note("Victim matching (7): a false merge is a person filed under a victim holding another person's "
                + "listings; a true repeat is found automatically when all its listings are on one victim. Target: "
                + "0 false merges, at least 99% of true repeats found automatically, the rest raised as possible "
                + "matches (see docs/benchmarks.md, Victim matching).");
    }

    @AfterAll
    void writeTable() {
        String table = results.table();
        System.out.println("\n" + table);
        results.write(Path.of("target", "benchmarks", "summary.md"));
    }
}
