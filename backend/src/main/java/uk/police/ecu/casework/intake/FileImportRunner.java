package uk.police.ecu.casework.intake;

import jakarta.annotation.PreDestroy;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.ecu.casework.security.RunAs;

/**
 * Imports the good rows of a checked file in the background, as the uploader, a batch per
 * transaction. Each batch commits with its progress, so an import cut short (a crash, a restart,
 * the database going away) resumes after the last committed batch: no row lost, none started twice.
 * Every node resumes the imports left running when it starts, so on several nodes two runners can work
 * on one import: each batch takes the cluster-wide import lock and re-reads the import's committed
 * progress, skipping the rows another node has done. One batch runs at a time across all nodes, so two
 * files naming the same crime or person cannot race either.
 */
@Component
class FileImportRunner {

    private static final Logger log = LoggerFactory.getLogger(FileImportRunner.class);

    private final ImportJobRepository jobs;
    private final Map<String, FileImport<?>> kinds;
    private final TransactionTemplate transaction;
    private final RunAs runAs;
    private final OneEngineCommand engineCommand;
    private final int batchSize;
    private final long retryAfterSeconds;
    private final Clock clock;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "file-import");
        thread.setDaemon(true);
        return thread;
    });

    FileImportRunner(ImportJobRepository jobs, List<FileImport<?>> kinds, TransactionTemplate transaction, RunAs runAs,
                     OneEngineCommand engineCommand, @Value("${casework.import.batch-size:100}") int batchSize,
                     @Value("${casework.import.retry-after-seconds:30}") long retryAfterSeconds, Clock clock) {
        this.clock = clock;
        this.jobs = jobs;
        this.kinds = kinds.stream().collect(Collectors.toUnmodifiableMap(FileImport::kind, Function.identity()));
        this.transaction = transaction;
        this.runAs = runAs;
        this.engineCommand = engineCommand;
        this.batchSize = batchSize;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    void start(UUID jobId) {
        executor.execute(() -> run(jobId));
    }

    /** Imports that were running when the application stopped carry on where they left off. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        jobs.running().stream()
                .filter(id -> jobs.find(id).map(job -> kinds.containsKey(job.kind())).orElse(false))
                .forEach(this::start);
    }

    /**
     * On SIGTERM no new import or retry starts, and a running import gets a few seconds to go on committing
     * its batches; whatever is still running then is interrupted, and its uncommitted batch rolls back and
     * is resumed (on this node's restart or by another node) from the last committed batch.
     */
    @PreDestroy
    void stop() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                log.info("Stopping with an import still running; it resumes from its last committed batch");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor.shutdownNow();
    }

    private void run(UUID jobId) {
        try {
            ImportJob job = jobs.find(jobId).orElseThrow();
            if (!"RUNNING".equals(job.status())) {
                return;
            }
            // Another node may finish the import, and drop its file, at any moment.
            Optional<byte[]> content = jobs.content(jobId);
            if (content.isEmpty()) {
                return;
            }
            runAs.user(job.uploadedBy(), () -> importRows(job, content.get(), kinds.get(job.kind())));
            transaction.executeWithoutResult(tx -> jobs.finish(jobId, "COMPLETED"));
        } catch (RuntimeException e) {
            log.warn("Import {} interrupted; retrying in {} s", jobId, retryAfterSeconds, e);
            executor.schedule(() -> run(jobId), retryAfterSeconds, TimeUnit.SECONDS);
        }
    }

    private <R> void importRows(ImportJob job, byte[] content, FileImport<R> kind) {
        int alreadyDone = job.goodRowsDone();
        List<R> batch = new ArrayList<>(batchSize);
        int[] seen = {0};
        kind.reader(job.uploadedOn(clock.getZone())).read(new ByteArrayInputStream(content), row -> {
            if (seen[0]++ < alreadyDone) {
                return;
            }
            batch.add(row);
            if (batch.size() == batchSize) {
                importBatch(job.id(), kind, batch, seen[0] - batch.size());
                batch.clear();
            }
        }, error -> { });
        if (!batch.isEmpty()) {
            importBatch(job.id(), kind, batch, seen[0] - batch.size());
        }
    }

    /** Imports the rows (good rows {@code first} onwards) that no node has imported yet. */
    private <R> void importBatch(UUID jobId, FileImport<R> kind, List<R> rows, int first) {
        transaction.executeWithoutResult(tx -> {
            int done = jobs.lockProgress(jobId);
            if (done < first) {
                throw new IllegalStateException("Import " + jobId + " has " + done + " good rows done, fewer than the "
                        + first + " this node has seen done; starting again from the committed progress");
            }
            int doneElsewhere = Math.min(done - first, rows.size());
            if (doneElsewhere < rows.size()) {
                List<R> toDo = rows.subList(doneElsewhere, rows.size());
                jobs.batchDone(jobId, engineCommand.run(() -> kind.importBatch(jobId, toDo)));
            }
        });
    }
}
