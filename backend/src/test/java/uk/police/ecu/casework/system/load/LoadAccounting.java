package uk.police.ecu.casework.system.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The checks after the run, read from the database as the node tests read it: the big import complete with
 * every row one crime, every accepted completion done once and no longer open, and no task lost between the
 * engine and the task list's projection.
 */
final class LoadAccounting {

    private final JdbcClient jdbc;
    private final List<String> failures = new ArrayList<>();

    LoadAccounting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> check(String importPrefix, int importRows, Set<String> completedTasks, LoadRecorder recorder) {
        theImportIsComplete(importPrefix, importRows);
        everyCompletionCountsOnce(completedTasks);
        noTaskIsLost();
        Set<String> gone = new HashSet<>(recorder.goneBeforeClaim());
        gone.removeAll(completedTasks);
        if (!gone.isEmpty()) {
            failures.add(gone.size() + " claims answered 404 for tasks no user completed: " + gone);
        }
        recorder.unexpected().forEach((what, count) -> failures.add(count + " unexpected answers: " + what));
        return failures;
    }

    private void theImportIsComplete(String prefix, int rows) {
        List<Map<String, Object>> jobs = jdbc.sql("""
                        SELECT status, good_rows_done FROM casework.import_job WHERE file_name = 'load.csv'""").query().listOfRows();
        if (jobs.size() != 1 || !"COMPLETED".equals(jobs.get(0).get("status"))
                || ((Number) jobs.get(0).get("good_rows_done")).intValue() != rows) {
            failures.add("the load import is not COMPLETED with " + rows + " good rows: " + jobs);
        }
        long crimes = jdbc.sql("SELECT count(*) FROM casework.crime WHERE crime_reference LIKE :prefix")
                .param("prefix", prefix + "-%").query(Long.class).single();
        if (crimes != rows) {
            failures.add(crimes + " crimes for " + prefix + ", not " + rows);
        }
    }

    private void everyCompletionCountsOnce(Set<String> completed) {
        // One text parameter rather than thousands of placeholders.
        String ids = String.join(",", completed);
        long stillOpen = jdbc.sql("SELECT count(*) FROM act_ru_task WHERE id_ = ANY(string_to_array(:ids, ','))")
                .param("ids", ids).query(Long.class).single();
        if (stillOpen != 0) {
            failures.add(stillOpen + " tasks completed with a 2xx answer are still open");
        }
        long completedOnce = jdbc.sql("""
                        SELECT count(*) FROM (SELECT task_id_ FROM act_hi_actinst
                        WHERE task_id_ = ANY(string_to_array(:ids, ',')) AND end_time_ IS NOT NULL
                        GROUP BY task_id_ HAVING count(*) = 1) once""")
                .param("ids", ids).query(Long.class).single();
        long completedInHistory = jdbc.sql("""
                        SELECT count(*) FROM act_hi_taskinst WHERE id_ = ANY(string_to_array(:ids, ',')) AND delete_reason_ = 'completed'""")
                .param("ids", ids).query(Long.class).single();
        if (completedOnce != completed.size() || completedInHistory != completed.size()) {
            failures.add("of " + completed.size() + " accepted completions, " + completedOnce + " ended their step once and "
                    + completedInHistory + " are completed in the engine's history");
        }
    }

    /** The projection follows the engine in the same transaction; a few seconds allow for jobs still running. */
    private void noTaskIsLost() {
        long[] gaps = gaps();
        for (int tries = 0; tries < 30 && (gaps[0] != 0 || gaps[1] != 0); tries++) {
            pause();
            gaps = gaps();
        }
        if (gaps[0] != 0) {
            failures.add(gaps[0] + " open engine tasks are missing from the task projection");
        }
        if (gaps[1] != 0) {
            failures.add(gaps[1] + " projected tasks are not open in the engine");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long[] gaps() {
        long missing = jdbc.sql("""
                        SELECT count(*) FROM act_ru_task t
                        WHERE NOT EXISTS (SELECT 1 FROM casework.task_projection p WHERE p.task_id = t.id_)""")
                .query(Long.class).single();
        long stale = jdbc.sql("""
                        SELECT count(*) FROM casework.task_projection p
                        WHERE NOT EXISTS (SELECT 1 FROM act_ru_task t WHERE t.id_ = p.task_id)""")
                .query(Long.class).single();
        return new long[] {missing, stale};
    }
}
