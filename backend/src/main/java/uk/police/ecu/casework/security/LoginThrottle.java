package uk.police.ecu.casework.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a username for a while after repeated failed sign-ins. Counted per name typed, existing
 * or not, so the behaviour is the same for real and made-up accounts.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;

    LoginThrottle(JdbcClient jdbc, Clock clock,
                  @Value("${casework.login.max-failures:5}") int maxFailures,
                  @Value("${casework.login.lock-for:PT15M}") Duration lockFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
    }

    /** When the name is locked, the time it unlocks. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        return jdbc.sql("SELECT locked_until FROM login_throttle WHERE username = ?")
                .param(key(username))
                .query(OffsetDateTime.class).optional()
                .map(OffsetDateTime::toInstant)
                .filter(until -> until.isAfter(clock.instant()));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        jdbc.sql("""
                        INSERT INTO login_throttle (username, failures, last_failure) VALUES (?, 1, ?)
                        ON CONFLICT (username) DO UPDATE SET failures = login_throttle.failures + 1,
                            last_failure = EXCLUDED.last_failure""")
                .params(key(username), now).update();
        jdbc.sql("UPDATE login_throttle SET locked_until = ?, failures = 0 WHERE username = ? AND failures >= ?")
                .params(now.plus(lockFor), key(username), maxFailures).update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        jdbc.sql("DELETE FROM login_throttle WHERE username = ?").param(key(username)).update();
    }

    private static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
