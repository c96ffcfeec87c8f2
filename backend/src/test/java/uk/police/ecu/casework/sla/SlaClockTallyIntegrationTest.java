package uk.police.ecu.casework.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * The dashboard's day tally against the clocks it counts, through every statement that writes a clock and
 * while clocks are written and folded at once. Its clocks fall due in January and February 2011, years before
 * any other test's or the demo's (the demo's oldest case was decided six years before today, on any date the
 * suite runs), and are deleted afterwards (which the tally must also follow).
 */
@IntegrationTest
class SlaClockTallyIntegrationTest {

    private static final String FROM = "2011-01-01";
    private static final String TO = "2011-02-28";

    @Autowired
    SlaClockRepository clocks;
    @Autowired
    SlaDefinitionRepository definitions;
    @Autowired
    SlaTallyFold fold;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void deleteTheClocks() {
        jdbc.sql("DELETE FROM sla_breach_review WHERE clock_id IN (SELECT id FROM sla_clock WHERE due_at < '2011-03-01')").update();
        jdbc.sql("DELETE FROM sla_clock WHERE due_at < '2011-03-01'").update();
        assertThat(tallied()).isEmpty();
    }

    @Test
    void shouldCountEachClockUnderItsDueDayTeamAndResult_throughStartTeamStopCancelAndBreach() {
        String met = start("triage-completed", null, "2011-02-08T23:59:59");
        String late = start("triage-completed", null, "2011-02-08T23:59:59");
        String cancelled = start("triage-completed", null, "2011-02-09T23:59:59");
        start("nfib90-recategorised", "ecu-triage", "2011-02-10T23:59:59");
        start("nfib90-recategorised", "ecu-triage", "2011-02-11T23:59:59");
        assertThat(tallied()).containsOnly(
                Map.entry("triage-completed/-/2011-02-08/OPEN", 2), Map.entry("triage-completed/-/2011-02-09/OPEN", 1),
                Map.entry("nfib90-recategorised/ecu-triage/2011-02-10/OPEN", 1),
                Map.entry("nfib90-recategorised/ecu-triage/2011-02-11/OPEN", 1));

        for (String instance : List.of(met, late, cancelled)) {
            clocks.attachTask(instance, "Task_Triage", "task-" + instance, "ecu-triage");
        }
        clocks.stop("task-" + met, london("2011-02-08T16:00"));
        clocks.stop("task-" + late, london("2011-02-09T09:00"));
        clocks.cancel("task-" + cancelled, london("2011-02-09T10:00"));
        clocks.recordBreaches(london("2011-02-11T08:00"));

        assertThat(tallied()).containsOnly(
                Map.entry("triage-completed/ecu-triage/2011-02-08/MET", 1),
                Map.entry("triage-completed/ecu-triage/2011-02-08/MET_LATE", 1),
                Map.entry("triage-completed/ecu-triage/2011-02-09/CANCELLED", 1),
                Map.entry("nfib90-recategorised/ecu-triage/2011-02-10/BREACHED", 1),
                Map.entry("nfib90-recategorised/ecu-triage/2011-02-11/OPEN", 1));
        assertThat(tallied()).isEqualTo(counted());

        fold.fold();
        fold.fold();
        assertThat(tallied()).isEqualTo(counted());
    }

    @Test
    void shouldCountEveryClockOnce_whileClocksAreStartedStoppedAndFoldedAtOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(5);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(threads.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        String instance = start("triage-completed", "lpa-team-" + writer, "2011-01-1" + (i % 10) + "T23:59:59");
                        clocks.attachTask(instance, "Task_Triage", "task-" + instance, "ecu-triage");
                        if (i % 2 == 0) {
                            clocks.stop("task-" + instance, london("2011-01-01T09:00"));
                        }
                    }
                    return null;
                }));
            }
            Future<Integer> folding = threads.submit(() -> {
                int folds = 0;
                while (writing.get()) {
                    fold.fold();
                    folds++;
                }
                return folds;
            });
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            assertThat(folding.get()).isPositive();
        } finally {
            threads.shutdownNow();
        }

        Map<String, Integer> tallied = tallied();
        assertThat(tallied).isEqualTo(counted());
        assertThat(tallied.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(160);
        assertThat(tallied.entrySet().stream().filter(e -> e.getKey().endsWith("/MET"))
                .mapToInt(Map.Entry::getValue).sum()).isEqualTo(80);
    }

    /** The new clock's process instance id, which also names its start. */
    private String start(String slaId, String team, String londonDue) {
        SlaDefinition sla = definitions.all().stream().filter(d -> d.id().equals(slaId)).findFirst().orElseThrow();
        String instance = "pi-tally-" + UUID.randomUUID();
        Instant due = london(londonDue);
        clocks.start(new SlaClockRepository.NewClock(sla, "fraud-triage", instance, "NFRC-TALLY", instance,
                sla.startTrigger() == SlaDefinition.StartTrigger.TASK_CREATED ? "task-" + instance : null, team,
                due.minusSeconds(5 * 86_400), new SlaDueTimes.Deadline(due, due.minusSeconds(86_400))));
        return instance;
    }

    /** What the dashboard reads: the tally and the changes not yet folded in, netted per day. */
    private Map<String, Integer> tallied() {
        return rows("""
                SELECT sla_id, nullif(team, '') AS team, due_day, result, sum(clocks)::int AS n
                FROM (SELECT * FROM sla_clock_tally UNION ALL SELECT * FROM sla_clock_tally_change) t
                WHERE due_day BETWEEN CAST(:from AS date) AND CAST(:to AS date)
                GROUP BY 1, 2, 3, 4 HAVING sum(clocks) <> 0""");
    }

    private Map<String, Integer> counted() {
        return rows("""
                SELECT sla_id, team, (due_at AT TIME ZONE 'Europe/London')::date AS due_day, result, count(*)::int AS n
                FROM sla_clock WHERE (due_at AT TIME ZONE 'Europe/London')::date BETWEEN CAST(:from AS date) AND CAST(:to AS date)
                GROUP BY 1, 2, 3, 4""");
    }

    private Map<String, Integer> rows(String sql) {
        Map<String, Integer> rows = new TreeMap<>();
        jdbc.sql(sql).param("from", FROM).param("to", TO).query((RowCallbackHandler) rs ->
            rows.put(rs.getString("sla_id") + "/" + (rs.getString("team") == null ? "-" : rs.getString("team")) + "/"
                    + rs.getString("due_day") + "/" + rs.getString("result"), rs.getInt("n")));
        return rows;
    }

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/London")).toInstant();
    }
}
