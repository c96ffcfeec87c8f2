package uk.police.ecu.casework.system.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import uk.police.ecu.casework.system.DisseminationFile;

/**
 * The load test on {@code nodes} nodes behind the sticky proxy: first the same requests with no load (one user,
 * one after another), then {@code load.users} officers, victim care staff and supervisors at once while a
 * {@code load.importRows}-row dissemination file imports; afterwards every row and task is accounted for and
 * the table written (see docs/benchmarks.md, "Load test"). Sizes are system properties.
 */
abstract class LoadSimulation extends Simulation {

    private static final int USERS = Integer.getInteger("load.users", 100);
    private static final int IMPORT_ROWS = Integer.getInteger("load.importRows", 10_000);
    private static final int SEED_ROWS = Integer.getInteger("load.seedRows", 3_000);
    private static final int BASELINE_SAMPLES = Integer.getInteger("load.baselineSamples", 20);
    private static final String IMPORT_PREFIX = "NFRC-LOAD";
    private static final Duration LONGEST_RUN = Duration.ofMinutes(40);

    private final int nodes;
    private final LoadTopology topology = new LoadTopology();
    private final LoadRecorder recorder = new LoadRecorder();
    private final int officers = Math.max(1, Math.round(USERS * 0.7f));
    private final int victimCare = Math.max(1, Math.round(USERS * 0.15f));
    private final int supervisors = Math.max(1, USERS - officers - victimCare);

    LoadSimulation(int nodes) {
        this.nodes = nodes;
        AtomicBoolean importRunning = new AtomicBoolean(true);
        LoadWorkload workload = new LoadWorkload(recorder, importRunning);
        setUp(scenario("no load").exec(workload.baseline(BASELINE_SAMPLES)).injectOpen(atOnceUsers(1))
                .andThen(
                        scenario("import").exec(workload.importFile(
                                DisseminationFile.of(IMPORT_PREFIX, IMPORT_ROWS, 0).content())).injectOpen(atOnceUsers(1)),
                        scenario("officers").feed(users("load.officer", officers)).exec(workload.officer())
                                .injectOpen(rampUsers(officers).during(Duration.ofSeconds(20))),
                        scenario("victim care").feed(users("load.victimcare", victimCare)).exec(workload.victimCare())
                                .injectOpen(rampUsers(victimCare).during(Duration.ofSeconds(20))),
                        scenario("supervisors").feed(users("load.supervisor", supervisors)).exec(workload.supervisor())
                                .injectOpen(rampUsers(supervisors).during(Duration.ofSeconds(20)))))
                .protocols(http.baseUrl("http://127.0.0.1:" + topology.proxyPort())
                        .acceptHeader("application/json").disableFollowRedirect())
                .maxDuration(LONGEST_RUN)
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        topology.start(nodes);
        topology.staff("ecu.officer", "load.officer", officers);
        topology.staff("victim.care", "load.victimcare", victimCare);
        topology.staff("ecu.supervisor", "load.supervisor", supervisors);
        topology.seed("NFRC-SEED", SEED_ROWS);
    }

    @Override
    public void after() {
        try (topology) {
            List<String> failures = new LoadAccounting(topology.jdbc())
                    .check(IMPORT_PREFIX, IMPORT_ROWS, recorder.completedTasks(), recorder);
            String section = LoadSummary.table(topology(), conditions(), recorder, failures);
            System.out.println(section);
            LoadSummary.write("section-" + nodes + "-node.md", section);
            if (!failures.isEmpty()) {
                throw new AssertionError("Load test accounting failed: " + failures);
            }
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String topology() {
        return nodes == 1 ? "One node" : nodes + " nodes on one PostgreSQL behind the sticky proxy";
    }

    private String conditions() {
        return "%s: %d users (%d officers, %d victim care staff, %d supervisors) while a %,d-row file imports; "
                .formatted(Instant.now().toString().substring(0, 10), USERS, officers, victimCare, supervisors,
                        IMPORT_ROWS)
                + "%,d-row seed import first; no-load baseline %d samples a request type; %d cores. "
                .formatted(SEED_ROWS, BASELINE_SAMPLES, Runtime.getRuntime().availableProcessors())
                + "Browsers the proxy placed on each node: " + topology.browsersPerNode() + ".";
    }

    private static FeederBuilder<Object> users(String prefix, int count) {
        List<Map<String, Object>> names = IntStream.rangeClosed(1, count)
                .mapToObj(i -> Map.<String, Object>of("username", "%s.%03d".formatted(prefix, i))).toList();
        return listFeeder(names).queue();
    }
}
