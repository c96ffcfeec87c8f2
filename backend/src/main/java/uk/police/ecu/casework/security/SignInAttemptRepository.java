package uk.police.ecu.casework.security;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code sign_in_attempt} table: a counter of password checks per key (an address, a name, a name from
 * an address) in its window. Each statement runs in the transaction of {@link SignInThrottle}'s caller.
 */
@Repository
class SignInAttemptRepository {

    record Attempts(int attempts, OffsetDateTime windowStartedAt, OffsetDateTime nextCheckAt) {
    }

    private final JdbcClient jdbc;

    SignInAttemptRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The key's counter, if its window started after {@code windowStartedAfter} (no next check time read). */
    Optional<Attempts> inWindow(String key, OffsetDateTime windowStartedAfter) {
        return jdbc.sql("""
                        SELECT attempts, window_started_at FROM sign_in_attempt
                        WHERE key = :key AND window_started_at > :windowStartedAfter""")
                .param("key", key)
                .param("windowStartedAfter", windowStartedAfter)
                .query((rs, n) -> new Attempts(rs.getInt(1), rs.getObject(2, OffsetDateTime.class), null))
                .optional();
    }

    /**
     * One more attempt under the key, in one statement: a window that started at or before {@code expired}
     * starts afresh at {@code now}. The row stays locked to the end of the transaction.
     */
    Attempts count(String key, OffsetDateTime now, OffsetDateTime expired) {
        return jdbc.sql("""
                        INSERT INTO sign_in_attempt AS a (key, attempts, window_started_at) VALUES (:key, 1, :now)
                        ON CONFLICT (key) DO UPDATE SET
                            attempts = CASE WHEN a.window_started_at <= :expired THEN 1 ELSE a.attempts + 1 END,
                            next_check_at = CASE WHEN a.window_started_at <= :expired THEN NULL ELSE a.next_check_at END,
                            window_started_at = CASE WHEN a.window_started_at <= :expired THEN :now
                                                     ELSE a.window_started_at END
                        RETURNING attempts, window_started_at, next_check_at""")
                .param("key", key).param("now", now).param("expired", expired)
                .query((rs, n) -> new Attempts(rs.getInt(1), rs.getObject(2, OffsetDateTime.class),
                        rs.getObject(3, OffsetDateTime.class)))
                .single();
    }

    /** Takes back an attempt that was refused before its password was checked. */
    void uncount(String key) {
        jdbc.sql("UPDATE sign_in_attempt SET attempts = attempts - 1 WHERE key = :key").param("key", key).update();
    }

    void nextCheckAt(String key, OffsetDateTime at) {
        jdbc.sql("UPDATE sign_in_attempt SET next_check_at = :nextCheckAt WHERE key = :key")
                .param("nextCheckAt", at).param("key", key).update();
    }

    void clear(String key) {
        jdbc.sql("DELETE FROM sign_in_attempt WHERE key = :key").param("key", key).update();
    }
}
