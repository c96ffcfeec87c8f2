package uk.police.ecu.casework;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
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

/**
 * Every scenario of the benchmark suite in one application on one durable embedded PostgreSQL
 * ({@code fsync} and {@code synchronous_commit} on), in order, into one table with each figure's ratio to
 * a baseline measured in the same run; printed and written to {@code target/benchmarks/summary.md}.
 * Run with {@code ./mvnw -pl backend -am verify -Pbench}; one scenario with {@code -Dtest='BenchmarkSuite#taskList'}
 * (the baselines it needs are measured first). The national year's size is {@code -Dbench.year.scale} (default 1.0).
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

    @BeforeAll
    void setUp() {
        engine = new EngineBaselineScenario(context);
        taskList = new TaskListScenario(context, port);
        slaDashboard = new SlaDashboardScenario(context, port);
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
        double scale = Double.parseDouble(System.getProperty("bench.year.scale", "1.0"));
        new NationalYearScenario(context, scale).report(results);
        taskList.reportAgain(results, "after the year");
        slaDashboard.reportAgain(results, "after the year");
    }

    @AfterAll
    void writeTable() {
        String table = results.table();
        System.out.println("\n" + table);
        results.write(Path.of("target", "benchmarks", "summary.md"));
    }
}
