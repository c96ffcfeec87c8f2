package uk.police.ecu.casework.intake;

import jakarta.annotation.PreDestroy;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.ecu.casework.fraud.Dissemination;
import uk.police.ecu.casework.fraud.FraudTriageService;
import uk.police.ecu.casework.security.RunAs;

/**
 * Imports the good rows of a checked file in the background, as the uploader, a batch per
 * transaction. Each batch commits with its progress, so an import cut short (a crash, a restart,
 * the database going away) resumes after the last committed batch: no row lost, none started twice.
 */
@Component
class DisseminationImportRunner {

    private static final Logger log = LoggerFactory.getLogger(DisseminationImportRunner.class);

    private final ImportJobRepository jobs;
    private final DisseminationCsvReaders readers;
    private final FraudTriageService triage;
    private final TransactionTemplate transaction;
    private final RunAs runAs;
    private final Validator validator;
    private final int batchSize;
    private final long retryAfterSeconds;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "dissemination-import");
        thread.setDaemon(true);
        return thread;
    });

    DisseminationImportRunner(ImportJobRepository jobs, DisseminationCsvReaders readers, FraudTriageService triage,
                              TransactionTemplate transaction, RunAs runAs, Validator validator,
                              @Value("${casework.import.batch-size:100}") int batchSize,
                              @Value("${casework.import.retry-after-seconds:30}") long retryAfterSeconds) {
        this.jobs = jobs;
        this.readers = readers;
        this.triage = triage;
        this.transaction = transaction;
        this.runAs = runAs;
        this.validator = validator;
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
                .filter(id -> jobs.find(id).map(job -> DisseminationImportService.KIND.equals(job.kind())).orElse(false))
                .forEach(this::start);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private void run(UUID jobId) {
        try {
            ImportJob job = jobs.find(jobId).orElseThrow();
            if (!"RUNNING".equals(job.status())) {
                return;
            }
            runAs.user(job.uploadedBy(), () -> importRows(job));
            transaction.executeWithoutResult(tx -> jobs.finish(jobId, "COMPLETED"));
        } catch (RuntimeException e) {
            log.warn("Import {} interrupted; retrying in {} s", jobId, retryAfterSeconds, e);
            executor.schedule(() -> run(jobId), retryAfterSeconds, TimeUnit.SECONDS);
        }
    }

    private void importRows(ImportJob job) {
        byte[] content = jobs.content(job.id());
        int alreadyDone = job.goodRowsDone();
        List<DisseminationRow> batch = new ArrayList<>(batchSize);
        int[] seen = {0};
        readers.newReader().read(new ByteArrayInputStream(content), row -> {
            if (seen[0]++ < alreadyDone) {
                return;
            }
            batch.add(row);
            if (batch.size() == batchSize) {
                importBatch(job.id(), batch);
                batch.clear();
            }
        }, error -> { });
        if (!batch.isEmpty()) {
            importBatch(job.id(), batch);
        }
    }

    private void importBatch(UUID jobId, List<DisseminationRow> rows) {
        transaction.executeWithoutResult(tx -> {
            int created = 0;
            int duplicates = 0;
            int flagged = 0;
            for (DisseminationRow row : rows) {
                Dissemination dissemination = DisseminationRows.toDissemination(row);
                Set<ConstraintViolation<Dissemination>> problems = validator.validate(dissemination);
                if (!problems.isEmpty()) {
                    problems.forEach(p -> jobs.report(jobId, "ERROR", row.line(), p.getPropertyPath().toString(),
                            null, p.getMessage()));
                    continue;
                }
                FraudTriageService.Received received = triage.receive(dissemination);
                if (received.duplicate()) {
                    duplicates++;
                    jobs.report(jobId, "DUPLICATE", row.line(), "crime_reference", row.crimeReference(),
                            "Crime " + row.crimeReference() + " is already known; it was not started again");
                } else {
                    created++;
                    if (row.nfibCodeUnknown()) {
                        flagged++;
                        jobs.report(jobId, "FLAGGED", row.line(), "nfib_code", row.nfibCode(),
                                "NFIB code not in the reference list; accepted and sent for recategorisation");
                    }
                }
            }
            jobs.batchDone(jobId, rows.size(), created, duplicates, flagged);
        });
    }
}
