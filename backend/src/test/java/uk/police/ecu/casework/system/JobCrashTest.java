package uk.police.ecu.casework.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;

/**
 * A node is killed ({@code kill -9}) while it runs an asynchronous step, the monthly outcome return's
 * {@code Task_BuildReturn}: the step runs again on another node once the dead node's lock on the job
 * expires, and what it writes (the return and the crimes it lists) exists once.
 */
@Tag("separate-jvm")
@Tag("date-sensitive")
class JobCrashTest {

    private static final String MONTH = "2025-03";
    private static final String BUSINESS_KEY = "outcome-return-" + MONTH;
    private static final List<String> FINALISED = List.of("NFRC-JOBCRASH-1", "NFRC-JOBCRASH-2", "NFRC-JOBCRASH-3");

    private final NodesOnOneDatabase nodes = new NodesOnOneDatabase();
    private final NodeDatabase database = nodes.database();
    private ApplicationNode first;
    private ApplicationNode second;

    @AfterEach
    void stopEverything() throws Exception {
        nodes.close();
    }

    @Test
    void shouldRunAStepKilledPartWayAgainAfterItsLockExpiresWithItsSideEffectOnce() throws Exception {
        first = nodes.start("job-crash-first");
        JdbcClient jdbc = database.jdbc();
        FINALISED.forEach(reference -> finalisedInMarch(jdbc, reference));

        Timestamp lockExpiry;
        try (NodeDatabase.TableLock returnsLocked = database.lockAgainstWrites("casework.outcome_return")) {
            ApiClient supervisor = first.signedIn("ecu.supervisor");
            ApiClient.Response requested = supervisor.post("/api/fraud/outcome-returns", Map.of("month", MONTH));
            assertThat(requested.status()).as(requested.body()).isEqualTo(202);

            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200))
                    .until(() -> database.waitingOn("casework.outcome_return") == 1);
            Map<String, Object> job = jdbc.sql("""
                            SELECT j.lock_owner_, j.lock_exp_time_ FROM act_ru_job j
                            JOIN act_ru_execution e ON e.id_ = j.process_instance_id_ WHERE e.business_key_ = ?""")
                    .param(BUSINESS_KEY).query().singleRow();
            assertThat(job.get("lock_owner_")).as("the first node holds the job, part-way through it").isNotNull();
            lockExpiry = (Timestamp) job.get("lock_exp_time_");

            assertThat(first.kill()).isEqualTo(ApplicationNode.KILLED);
        }
        // The dead node's transaction rolls back: nothing of the return was written.
        await().atMost(Duration.ofSeconds(30)).until(() -> database.waitingOn("casework.outcome_return") == 0);
        assertThat(returnRows(jdbc)).isZero();

        second = nodes.start("job-crash-second");
        String instanceId = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> jdbc.sql("""
                                SELECT t.proc_inst_id_ FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
                                WHERE e.business_key_ = ? AND t.task_def_key_ = 'Task_ApproveReturn'""")
                        .param(BUSINESS_KEY).query(String.class).optional().orElse(null), id -> id != null);

        assertThat(returnRows(jdbc)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT crime_count FROM casework.outcome_return WHERE month = ?::date")
                .param(MONTH + "-01").query(Integer.class).single()).isEqualTo(FINALISED.size());
        assertThat(jdbc.sql("SELECT crime_reference FROM casework.outcome_return_crime WHERE month = ?::date")
                .param(MONTH + "-01").query(String.class).list()).containsExactlyInAnyOrderElementsOf(FINALISED);
        assertThat(jdbc.sql("""
                        SELECT job_state_, timestamp_ FROM act_hi_job_log
                        WHERE process_instance_id_ = ? AND job_state_ <> 0""")
                .param(instanceId).query((rs, n) -> Map.entry(rs.getInt(1), rs.getTimestamp(2))).list())
                .as("one successful run, after the dead node's lock expired, and no failure")
                .singleElement().satisfies(run -> {
                    assertThat(run.getKey()).isEqualTo(2);
                    assertThat(run.getValue()).isAfterOrEqualTo(lockExpiry);
                });
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM act_hi_actinst WHERE proc_inst_id_ = ? AND act_id_ = 'Task_BuildReturn'""")
                .param(instanceId).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM act_ru_task WHERE proc_inst_id_ = ? AND task_def_key_ = 'Task_ApproveReturn'")
                .param(instanceId).query(Integer.class).single()).isEqualTo(1);

        ApiClient supervisor = second.signedIn("ecu.supervisor");
        assertThat(supervisor.get("/api/fraud/outcome-returns/" + MONTH).json().findValuesAsText("crimeReference"))
                .containsExactlyInAnyOrderElementsOf(FINALISED);
    }

    private static void finalisedInMarch(JdbcClient jdbc, String reference) {
        jdbc.sql("""
                        INSERT INTO casework.crime (crime_reference, reported_date, nfib_code, original_nfib_code,
                            victim_type, victim_name, status, outcome_code, home_office_outcome, outcome_date,
                            finalised_at, received_by, received_at)
                        VALUES (?, DATE '2025-01-10', 'NFIB3A', 'NFIB3A', 'INDIVIDUAL', 'Victim', 'FINALISED',
                            'OC14', 'OC14', DATE '2025-03-14', TIMESTAMPTZ '2025-03-14 12:00:00+00', 'ecu.officer',
                            TIMESTAMPTZ '2025-01-12 09:00:00+00')""")
                .param(reference).update();
    }

    private int returnRows(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM casework.outcome_return WHERE month = ?::date")
                .param(MONTH + "-01").query(Integer.class).single();
    }
}
