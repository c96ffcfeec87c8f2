package uk.police.ecu.casework.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;

/**
 * Two application nodes on one PostgreSQL, as behind a load balancer: both serve users, each job and
 * timer runs once, each SLA breach is recorded once, an import that both nodes reach for (the second defers
 * to the first node's lease) is imported once, and a node stopped by SIGTERM leaves promptly while the other
 * carries on.
 */
@Tag("separate-jvm")
@Tag("date-sensitive")
class TwoNodesOneDatabaseTest {

    private static final String PREFIX = "NFRC-TWONODES";
    private static final List<String> MONTHS = IntStream.rangeClosed(1, 12)
            .mapToObj(m -> "2024-%02d".formatted(m)).toList();

    private final NodesOnOneDatabase nodes = new NodesOnOneDatabase();
    private final NodeDatabase database = nodes.database();
    private final JdbcClient jdbc = database.jdbc();
    private ApplicationNode a;
    private ApplicationNode b;

    @AfterEach
    void stopEverything() throws Exception {
        nodes.close();
    }

    @Test
    void shouldShareTheWorkOfOneDatabaseBetweenTwoNodesWithEverythingDoneOnce() {
        DisseminationFile file = DisseminationFile.of(PREFIX, 1_000, 0);
        a = nodes.start("two-nodes-a", nodeSettings("node-a"));
        String importId = importTakenUpByBothNodes(file);

        ApiClient officerOnA = a.signedIn("ecu.officer");
        ApiClient officerOnB = b.signedIn("ecu.officer");
        JsonNode finished = await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> officerOnB.get("/api/intake/imports/" + importId).json(),
                        job -> "COMPLETED".equals(job.get("status").asText()));
        assertThat(finished.get("goodRowsDone").asInt()).isEqualTo(1_000);
        assertThat(finished.get("casesCreated").asInt()).isEqualTo(1_000);
        assertThat(finished.get("duplicates").asInt()).isZero();
        assertThat(officerOnA.get("/api/intake/imports/" + importId + "/report").json()).isEmpty();
        assertThat(countsByKey("SELECT crime_reference, count(*) FROM casework.crime WHERE crime_reference LIKE ? GROUP BY 1",
                PREFIX + "-%")).containsOnlyKeys(file.goodReferences()).values().containsOnly(1);
        assertThat(countsByKey("""
                        SELECT business_key_, count(*) FROM act_hi_procinst
                        WHERE proc_def_key_ = 'fraud-triage' AND business_key_ LIKE ? GROUP BY 1""", PREFIX + "-%"))
                .containsOnlyKeys(file.goodReferences()).values().containsOnly(1);

        eachJobAndTimerRunsOnce();
        workDoneOnOneNodeIsSeenOnTheOther();
        eachBreachIsRecordedOnce(file.goodReferences().subList(0, 50));

        long stopping = System.nanoTime();
        assertThat(b.stop(Duration.ofSeconds(30))).as("SIGTERM ends the JVM normally").isEqualTo(143);
        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).as("a node leaves promptly on SIGTERM")
                .isLessThan(Duration.ofSeconds(15));
        assertThat(officerOnA.get("/api/tasks?queue=ecu-triage").status()).isEqualTo(200);
    }

    /**
     * Node B starts while node A is part-way through an import, so B resumes it too (every node resumes
     * the running imports at start). A test lock on the crime table holds A's batch part-way until B's
     * runner is waiting as well, so the two certainly overlap.
     */
    private String importTakenUpByBothNodes(DisseminationFile file) {
        try (NodeDatabase.TableLock crimesLocked = database.lockAgainstWrites("casework.crime")) {
            ApiClient.Response upload = a.signedIn("ecu.officer")
                    .upload("/api/intake/disseminations", "two-nodes.csv", file.content());
            assertThat(upload.status()).as(upload.body()).isEqualTo(202);
            // Generous limits: on a loaded machine a node's start and its first batch can each take minutes.
            await().atMost(Duration.ofMinutes(3)).until(() -> waitingSessions() == 1);
            b = nodes.start("two-nodes-b", nodeSettings("node-b"));
            await().atMost(Duration.ofMinutes(3)).until(() -> waitingSessions() == 2);
            return upload.json().get("id").asText();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Twelve returns requested, half through each node, and the 1st-of-month timer made due now: every
     * job and the timer runs once, on whichever node acquires it first.
     */
    private void eachJobAndTimerRunsOnce() {
        ApiClient supervisorOnA = a.signedIn("ecu.supervisor");
        ApiClient supervisorOnB = b.signedIn("ecu.supervisor");
        for (int i = 0; i < MONTHS.size(); i++) {
            ApiClient.Response requested = (i % 2 == 0 ? supervisorOnA : supervisorOnB)
                    .post("/api/fraud/outcome-returns", Map.of("month", MONTHS.get(i)));
            assertThat(requested.status()).as(requested.body()).isEqualTo(202);
        }
        // The nodes' engines run on this machine's clock, as this test does.
        String timerJob = jdbc.sql("""
                        UPDATE act_ru_job SET duedate_ = ?
                        WHERE handler_type_ = 'timer-start-event' AND process_def_key_ = 'monthly-outcome-return'
                        RETURNING id_""")
                .param(Timestamp.from(Instant.now().minusSeconds(1))).query(String.class).single();

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM act_ru_task WHERE task_def_key_ = 'Task_ApproveReturn'""")
                .query(Integer.class).single() == MONTHS.size() + 1);

        assertThat(jdbc.sql("SELECT count(*) FROM act_hi_job_log WHERE job_id_ = ? AND job_state_ = 2")
                .param(timerJob).query(Integer.class).single()).as("the timer fired once").isEqualTo(1);
        List<Timestamp> timerStarts = jdbc.sql("""
                        SELECT start_time_ FROM act_hi_procinst
                        WHERE proc_def_key_ = 'monthly-outcome-return' AND start_act_id_ = 'StartEvent_FirstOfMonth'""")
                .query(Timestamp.class).list();
        assertThat(timerStarts).hasSize(1);
        Map<String, Integer> successesByJob = countsByKey("""
                        SELECT job_id_, count(*) FILTER (WHERE job_state_ = 2) FROM act_hi_job_log
                        WHERE process_def_key_ = 'monthly-outcome-return' AND job_def_type_ = 'async-continuation'
                        GROUP BY 1""");
        assertThat(successesByJob).hasSize(MONTHS.size() + 1).values().containsOnly(1);
        assertThat(jdbc.sql("SELECT count(*) FROM act_hi_job_log WHERE job_state_ = 1").query(Integer.class).single())
                .as("no job failed, e.g. on an optimistic locking conflict between the nodes").isZero();
        assertThat(countsByKey("SELECT to_char(month, 'YYYY-MM'), count(*) FROM casework.outcome_return GROUP BY 1"))
                .containsOnlyKeys(concat(MONTHS, monthBefore(timerStarts.get(0)))).values().containsOnly(1);
        Map<String, Integer> jobsPerNode = countsByKey(
                "SELECT hostname_, count(*) FROM act_hi_job_log WHERE job_state_ = 2 GROUP BY 1");
        System.out.println("Jobs run per node: " + jobsPerNode);
        assertThat(jobsPerNode.keySet()).as("the engine's job log names the node (casework.node-id) that ran each job")
                .isNotEmpty().isSubsetOf("node-a", "node-b");
    }

    /**
     * A supervisor claims a return on node A, sends it back from node B, and sees on node A the old task
     * gone and the rebuilt return (its build step run again by either node's job executor) waiting.
     */
    private void workDoneOnOneNodeIsSeenOnTheOther() {
        ApiClient supervisorOnA = a.signedIn("ecu.supervisor");
        ApiClient supervisorOnB = b.signedIn("ecu.supervisor");
        String returnKey = "outcome-return-" + MONTHS.get(0);
        String taskId = approvalTask(supervisorOnB, returnKey);
        assertThat(approvalTask(supervisorOnA, returnKey)).isEqualTo(taskId);

        assertThat(supervisorOnA.post("/api/tasks/" + taskId + "/claim").status()).isEqualTo(204);
        assertThat(supervisorOnB.get("/api/tasks/" + taskId).json().at("/task/assignee").asText())
                .isEqualTo("ecu.supervisor");
        ApiClient.Response sentBack = supervisorOnB.post("/api/tasks/" + taskId + "/complete",
                Map.of("approved", false, "comment", "January is missing two crimes"));
        assertThat(sentBack.status()).as(sentBack.body()).isEqualTo(204);

        String rebuilt = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> approvalTask(supervisorOnA, returnKey), id -> id != null && !id.equals(taskId));
        assertThat(supervisorOnA.get("/api/tasks/" + rebuilt).json().at("/task/assignee").isMissingNode())
                .as("the rebuilt return waits unclaimed").isTrue();
        assertThat(supervisorOnA.get("/api/tasks/" + taskId).status()).as("the sent-back task is done").isEqualTo(404);
    }

    /** Clocks made overdue while both nodes scan every two seconds: each breach recorded and reviewed once. */
    private void eachBreachIsRecordedOnce(List<String> crimes) {
        Instant now = Instant.now();
        int overdue = jdbc.sql("""
                        UPDATE casework.sla_clock SET started_at = :started, warn_at = :warn, due_at = :due
                        WHERE case_reference IN (:crimes) AND result = 'OPEN'""")
                .param("started", Timestamp.from(now.minus(Duration.ofHours(3))))
                .param("warn", Timestamp.from(now.minus(Duration.ofHours(2))))
                .param("due", Timestamp.from(now.minus(Duration.ofHours(1))))
                .param("crimes", crimes).update();
        assertThat(overdue).isEqualTo(crimes.size());
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM casework.sla_clock WHERE case_reference IN (:crimes) AND result = 'BREACHED'""")
                .param("crimes", crimes).query(Integer.class).single() == crimes.size());
        ApplicationNode.pause(Duration.ofSeconds(6));

        assertThat(countsByKey("""
                        SELECT c.case_reference, count(r.clock_id) FROM casework.sla_clock c
                        JOIN casework.sla_breach_review r ON r.clock_id = c.id
                        WHERE c.case_reference IN (:crimes) GROUP BY 1""", Map.of("crimes", crimes)))
                .containsOnlyKeys(crimes).values().containsOnly(1);
        assertThat(countsByKey("""
                        SELECT business_key_, count(*) FROM act_hi_procinst
                        WHERE proc_def_key_ = 'breach-review' AND business_key_ IN (:crimes) GROUP BY 1""",
                Map.of("crimes", crimes)))
                .containsOnlyKeys(crimes).values().containsOnly(1);
    }

    /** The month the 1st-of-month timer returns: the one before the month it fired in, in London. */
    private static String monthBefore(Timestamp fired) {
        return YearMonth.from(fired.toInstant().atZone(ZoneId.of("Europe/London"))).minusMonths(1).toString();
    }

    private static String approvalTask(ApiClient supervisor, String returnKey) {
        JsonNode tasks = supervisor.get("/api/tasks?queue=ecu-supervisors&q=" + returnKey).json().get("tasks");
        return tasks.findValuesAsText("id").stream().findFirst().orElse(null);
    }

    private int waitingSessions() {
        return jdbc.sql("SELECT count(DISTINCT pid) FROM pg_locks WHERE NOT granted").query(Integer.class).single();
    }

    private static String[] nodeSettings(String hostname) {
        return new String[] {
                "--casework.sla.breach-scan.interval=PT2S",
                // Names the node in its log lines, its job locks and the engine's job log (ACT_HI_JOB_LOG.HOSTNAME_).
                "--casework.node-id=" + hostname};
    }

    private Map<String, Integer> countsByKey(String sql, Object... params) {
        return collect(jdbc.sql(sql).params(params));
    }

    private Map<String, Integer> countsByKey(String sql, Map<String, ?> params) {
        return collect(jdbc.sql(sql).params(params));
    }

    private static Map<String, Integer> collect(JdbcClient.StatementSpec statement) {
        return statement.query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static List<String> concat(List<String> list, String more) {
        return Stream.concat(list.stream(), Stream.of(more)).toList();
    }
}
