package uk.police.ecu.casework.system;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the embedded PostgreSQL's server process and starts it again if it dies (killed, out of memory),
 * waiting longer after each failed try. Until it is back the application answers 503 and health is DOWN;
 * afterwards the pool's fresh connections find it again. A convenience for one machine, not high availability.
 */
final class EmbeddedDatabaseSupervisor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseSupervisor.class);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(2);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    private final EmbeddedDatabase database;
    private final Duration restartDelay;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "embedded-postgres-supervisor");
        thread.setDaemon(true);
        return thread;
    });

    private EmbeddedDatabaseSupervisor(EmbeddedDatabase database, Duration restartDelay) {
        this.database = database;
        this.restartDelay = restartDelay;
    }

    /**
     * @param restartDelay the wait before the first try: the dead server's sessions notice its death and end,
     *                     and must have let go of its shared memory before a new server may start on the files
     */
    static EmbeddedDatabaseSupervisor start(EmbeddedDatabase database, Duration restartDelay) {
        EmbeddedDatabaseSupervisor supervisor = new EmbeddedDatabaseSupervisor(database, restartDelay);
        supervisor.watcher.scheduleWithFixedDelay(supervisor::check, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        log.info("Supervising the embedded PostgreSQL in {}: restarted if its process dies", database.dataDir());
        return supervisor;
    }

    private void check() {
        if (database.running()) {
            return;
        }
        Duration wait = restartDelay;
        for (int attempt = 1; !Thread.currentThread().isInterrupted(); attempt++) {
            log.warn("The embedded PostgreSQL in {} is not running; restarting it in {} (attempt {})",
                    database.dataDir(), wait, attempt);
            try {
                Thread.sleep(wait.toMillis());
                long started = System.nanoTime();
                database.restart();
                log.info("Embedded PostgreSQL restarted on the same files and port in {} ms (attempt {})",
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), attempt);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                log.error("Could not restart the embedded PostgreSQL (attempt {}): {}", attempt, e.getMessage());
            }
            wait = wait.isZero() ? CHECK_EVERY
                    : wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
        }
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        try {
            if (!watcher.awaitTermination(70, TimeUnit.SECONDS)) {
                log.warn("The embedded PostgreSQL's supervisor did not stop in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
