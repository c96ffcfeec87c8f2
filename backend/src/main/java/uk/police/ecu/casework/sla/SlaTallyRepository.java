package uk.police.ecu.casework.sla;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The day tally of clocks the dashboard reads ({@code sla_clock_tally}) and the changes awaiting it. */
@Repository
class SlaTallyRepository {

    private final JdbcClient jdbc;

    SlaTallyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the transaction-scoped advisory lock {@code key}; false if another transaction holds it. */
    boolean tryLock(long key) {
        return jdbc.sql("SELECT pg_try_advisory_xact_lock(:key)").param("key", key).query(Boolean.class).single();
    }

    /**
     * Moves the appended changes into the tally in one statement, so a reader sees them either still
     * appended or already in the tally, never both or neither; returns how many tally rows changed.
     */
    int foldChanges() {
        return jdbc.sql("""
                        WITH moved AS (DELETE FROM sla_clock_tally_change RETURNING *)
                        INSERT INTO sla_clock_tally AS t (sla_id, sla_version, team, due_day, result, clocks)
                        SELECT sla_id, sla_version, team, due_day, result, sum(clocks) FROM moved
                        GROUP BY sla_id, sla_version, team, due_day, result
                        ON CONFLICT (sla_id, sla_version, team, due_day, result)
                        DO UPDATE SET clocks = t.clocks + excluded.clocks""")
                .update();
    }
}
