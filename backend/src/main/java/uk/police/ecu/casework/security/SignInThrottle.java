package uk.police.ecu.casework.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may have a password checked now. Checks of a name are taken, atomically, before the password is
 * looked at, so a hundred guesses at one name sent at once are a hundred takes against the same counter:
 * only as many as the limit allows are ever checked. Over a window (15 minutes):
 * <ul>
 *   <li>a name from one address may be tried {@code max-failures} times (5), then waits out its window;</li>
 *   <li>a name from anywhere may be tried {@code max-checks-per-name} times (10); after that each further
 *       check waits a little longer, doubling up to {@code longest-delay} (a minute);</li>
 *   <li>an address that has failed {@code max-failures-per-address} checks (30), whatever the names, waits out
 *       its window. Only failures count here, so a station's officers signing in at once behind one address
 *       are never refused for being many.</li>
 * </ul>
 * A stranger can therefore shut out only their own address, and slow (never lock) an officer's name.
 * Names count alike whether they exist or not. A success clears the name's counters.
 */
@Component
class SignInThrottle {

    private final SignInAttemptRepository attempts;
    private final Clock clock;
    private final Duration window;
    private final int maxFailuresPerAddress;
    private final int maxFailures;
    private final int maxChecksPerName;
    private final Duration longestDelay;

    SignInThrottle(SignInAttemptRepository attempts, Clock clock,
                   @Value("${casework.login.window:PT15M}") Duration window,
                   @Value("${casework.login.max-failures-per-address:30}") int maxFailuresPerAddress,
                   @Value("${casework.login.max-failures:5}") int maxFailures,
                   @Value("${casework.login.max-checks-per-name:10}") int maxChecksPerName,
                   @Value("${casework.login.longest-delay:PT1M}") Duration longestDelay) {
        this.attempts = attempts;
        this.clock = clock;
        this.window = window;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.maxFailures = maxFailures;
        this.maxChecksPerName = maxChecksPerName;
        this.longestDelay = longestDelay;
    }

    /** Takes one check of this name from this address; when refused, the time from which to try again. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Instant> take(String username, String address) {
        OffsetDateTime now = now();
        return failedTooOften(addressKey(address), now)
                .or(() -> capped(pairKey(username, address), maxFailures, now))
                .or(() -> slowed(nameKey(username), now));
    }

    /** The password was wrong: one more failure from this address. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String address) {
        count(addressKey(address), now());
    }

    /** The password was right: the name starts afresh (the pair first, then the name, as they were taken). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username, String address) {
        attempts.clear(pairKey(username, address));
        attempts.clear(nameKey(username));
    }

    private Optional<Instant> failedTooOften(String key, OffsetDateTime now) {
        return attempts.inWindow(key, now.minus(window))
                .filter(failures -> failures.attempts() >= maxFailuresPerAddress)
                .map(failures -> failures.windowStartedAt().plus(window).toInstant());
    }

    private Optional<Instant> capped(String key, int limit, OffsetDateTime now) {
        SignInAttemptRepository.Attempts taken = count(key, now);
        return taken.attempts() > limit ? Optional.of(taken.windowStartedAt().plus(window).toInstant()) : Optional.empty();
    }

    private Optional<Instant> slowed(String key, OffsetDateTime now) {
        SignInAttemptRepository.Attempts taken = count(key, now);
        if (taken.nextCheckAt() != null && now.isBefore(taken.nextCheckAt())) {
            attempts.uncount(key);
            return Optional.of(taken.nextCheckAt().toInstant());
        }
        int over = taken.attempts() - maxChecksPerName;
        if (over > 0) {
            Duration delay = Duration.ofSeconds(1L << Math.min(over - 1, 30));
            attempts.nextCheckAt(key, now.plus(delay.compareTo(longestDelay) > 0 ? longestDelay : delay));
        }
        return Optional.empty();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** One more attempt under the key, in its window (a new window once the old one has run out), row locked. */
    private SignInAttemptRepository.Attempts count(String key, OffsetDateTime now) {
        return attempts.count(key, now, now.minus(window));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String pairKey(String username, String address) {
        return "name:" + name(username) + "@" + address;
    }

    private static String nameKey(String username) {
        return "name:" + name(username);
    }

    private static String name(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
