package uk.police.ecu.casework.intake;

import jakarta.annotation.PreDestroy;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.ecu.casework.security.RunAs;
import uk.police.ecu.casework.system.NodeId;

/**
 * Imports the good rows of a checked file in the background, as the uploader, a batch per
 * transaction. Each batch commits with its progress, so an import cut short (a crash, a restart,
 * the database going away) resumes after the last committed batch: no row lost, none started twice.
 * On several nodes each running import is held by one node under a lease in the database, renewed at
 * every batch and on a timer while the node works on it. Every node sweeps for imports whose lease has
 * run out (their node died) and takes them over, so a dead node's import is finished by another without
 * waiting for it to come back; a node stopping gracefully gives its leases up so another takes over at
 * once. Should two runners still meet on one import (a node paused past its lease), each batch takes
 * the cluster-wide import lock and re-reads the import's committed progress, skipping the rows another
 * node has done: every row is imported exactly once. One batch runs at a time across all nodes, so two
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
    private final String node;
    private final long leaseSeconds;
    private final long sweepSeconds;
    /** The imports this node holds the lease of and is working on (or about to): the timer renews them. */
    private final Set<UUID> working = ConcurrentHashMap.newKeySet();
    private volatile boolean leaving;
    private final ScheduledExecutorService leaseTimer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "file-import-lease");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "file-import");
        thread.setDaemon(true);
        return thread;
    });

    FileImportRunner(ImportJobRepository jobs, List<FileImport<?>> kinds, TransactionTemplate transaction, RunAs runAs,
                     OneEngineCommand engineCommand, @Value("${casework.import.batch-size:100}") int batchSize,
                     @Value("${casework.import.retry-after-seconds:30}") long retryAfterSeconds, Clock clock,
                     NodeId node, @Value("${casework.import.lease-seconds:30}") long leaseSeconds,
                     @Value("${casework.import.lease-sweep-seconds:15}") long sweepSeconds) {
        this.clock = clock;
        this.node = node.value();
        this.leaseSeconds = leaseSeconds;
        this.sweepSeconds = sweepSeconds;
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

    /**
     * Holds the lease of a new import for this node, in the transaction that creates it, so no other node's
     * sweep takes it while its file is being checked.
     */
    void hold(UUID jobId) {
        jobs.takeLease(jobId, node, leaseSeconds);
        working.add(jobId);
    }

    /**
     * Imports that were running when the application stopped carry on where they left off: those this node
     * held (a node restarted under the same id takes its own back at once) and those whose lease has run
     * out. Then the lease timers start: renewing this node's leases, and sweeping for others' run-out ones.
     */
    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        jobs.running().stream()
                .filter(id -> jobs.find(id).map(job -> kinds.containsKey(job.kind())).orElse(false))
                .forEach(this::start);
        long heartbeat = Math.max(1, leaseSeconds / 3);
        leaseTimer.scheduleWithFixedDelay(this::renewLeases, heartbeat, heartbeat, TimeUnit.SECONDS);
        leaseTimer.scheduleWithFixedDelay(this::sweep, sweepSeconds, sweepSeconds, TimeUnit.SECONDS);
    }

    /** Takes over the running imports whose lease has run out (their node died) and starts them here. */
    void sweep() {
        if (leaving) {
            return;
        }
        try {
            List<UUID> claimed = jobs.claimExpired(List.copyOf(kinds.keySet()), node, leaseSeconds);
            for (UUID jobId : claimed) {
                // A node whose own lease ran out (a long pause) and that still works on the import just keeps it.
                if (working.add(jobId)) {
                    log.info("Node {} takes over import {}, whose lease had run out", node, jobId);
                    start(jobId);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Node {} could not sweep for imports left by other nodes; trying again in {} s", node,
                    sweepSeconds, e);
        }
    }

    /** The heartbeat: while this node works on an import, its lease is kept from running out between batches. */
    private void renewLeases() {
        if (leaving) {
            return;
        }
        try {
            Set<UUID> held = Set.copyOf(working);
            List<UUID> renewed = jobs.renewLeases(held, node, leaseSeconds);
            // Those finished, refused as a whole or taken over need no more renewing.
            working.removeIf(id -> held.contains(id) && !renewed.contains(id));
        } catch (RuntimeException e) {
            log.warn("Node {} could not renew its import leases", node, e);
        }
    }

    /**
     * On a graceful stop this node gives up its leases before its beans go, so another node takes its imports
     * over at once instead of when the leases run out. A batch still running here finds its lease gone at its
     * next batch and stops; the committed progress tells the next node where to carry on.
     */
    @EventListener(ContextClosedEvent.class)
    void leave() {
        leaving = true;
        leaseTimer.shutdownNow();
        try {
            int released = jobs.releaseLeases(node);
            if (released > 0) {
                log.info("Node {} gave up the lease of {} running import(s) as it stopped", node, released);
            }
        } catch (RuntimeException e) {
            log.warn("Node {} could not give up its import leases; other nodes take them when they run out", node, e);
        }
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
            if (leaving || !jobs.takeLease(jobId, node, leaseSeconds)) {
                // Finished, or another node holds it live: that node carries on.
                working.remove(jobId);
                return;
            }
            working.add(jobId);
            ImportJob job = jobs.find(jobId).orElseThrow();
            // Another node may finish the import, and drop its file, at any moment.
            Optional<byte[]> content = jobs.content(jobId);
            if (!"RUNNING".equals(job.status()) || content.isEmpty()) {
                working.remove(jobId);
                return;
            }
            runAs.user(job.uploadedBy(), () -> importRows(job, content.get(), kinds.get(job.kind())));
            transaction.executeWithoutResult(tx -> jobs.finish(jobId, "COMPLETED"));
            working.remove(jobId);
        } catch (LeaseLost e) {
            working.remove(jobId);
            log.info("Node {} no longer holds the lease of import {}; the node that does carries on", node, jobId);
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
            if (jobs.renewLeases(Set.of(jobId), node, leaseSeconds).isEmpty()) {
                throw new LeaseLost();
            }
            if (done < first) {
                throw new IllegalStateException("Import " + jobId + " has " + done + " good rows done, fewer than the "
                        + first + " this node has seen done; starting again from the committed progress");
            }
            int doneElsewhere = Math.min(done - first, rows.size());
            if (doneElsewhere < rows.size()) {
                List<R> toDo = rows.subList(doneElsewhere, rows.size());
                jobs.batchDone(jobId, engineCommand.run(() -> kind.importBatch(jobId, toDo)));
            }
            // The heartbeat waits on this import's row while the batch holds it: renew as the batch commits.
            jobs.renewLeases(Set.of(jobId), node, leaseSeconds);
        });
    }

    /** Another node took the import over (this one was stopping, or paused past its lease). */
    private static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super(null, null, false, false);
        }
    }
}
