package uk.police.ecu.casework.intake;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many uploaded files are read and checked at once. Each is held in memory while it is checked
 * (up to the upload limit), so many large files at once could exhaust the heap; past the limit an
 * upload waits its turn, and after a while is refused so the uploader can try again. Imports that
 * follow the check wait in the database, not here.
 */
@Component
class UploadSlots {

    private final Semaphore slots;
    private final Duration longestWait;

    UploadSlots(@Value("${casework.import.concurrent-checks:4}") int concurrentChecks,
                @Value("${casework.import.longest-wait-for-check:PT30S}") Duration longestWait) {
        this.slots = new Semaphore(concurrentChecks, true);
        this.longestWait = longestWait;
    }

    /** Runs the check of one upload in a free slot; {@link BusyException} if none frees in time. */
    <T> T check(Check<T> check) throws IOException {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException();
        }
        if (!acquired) {
            throw new BusyException();
        }
        try {
            return check.run();
        } finally {
            slots.release();
        }
    }

    @FunctionalInterface
    interface Check<T> {
        T run() throws IOException;
    }

    /** Every slot stayed taken for the longest wait: nothing of the file was stored. */
    static final class BusyException extends RuntimeException {
        BusyException() {
            super("Too many files are being uploaded at once. Nothing from this file was imported; "
                    + "upload it again in a minute", null, false, false);
        }
    }
}
