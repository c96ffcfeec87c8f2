package uk.police.ecu.casework.intake;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.ecu.casework.security.CurrentUser;

/**
 * Takes a dissemination file. The whole file is checked first, while the uploader waits: a file
 * that cannot be read is refused with one clear reason and nothing is imported; otherwise every
 * refused row is reported and the good rows are imported in the background with visible progress.
 */
@Service
public class DisseminationImportService {

    public static final String KIND = "DISSEMINATIONS";

    private final ImportJobRepository jobs;
    private final DisseminationCsvReaders readers;
    private final DisseminationImportRunner runner;
    private final TransactionTemplate transaction;
    private final CurrentUser currentUser;

    DisseminationImportService(ImportJobRepository jobs, DisseminationCsvReaders readers,
                               DisseminationImportRunner runner, TransactionTemplate transaction,
                               CurrentUser currentUser) {
        this.jobs = jobs;
        this.readers = readers;
        this.runner = runner;
        this.transaction = transaction;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasAnyRole('ECU_OFFICER', 'ECU_SUPERVISOR')")
    public ImportJob upload(String fileName, byte[] content) {
        UUID id = UUID.randomUUID();
        transaction.executeWithoutResult(tx ->
                jobs.create(id, KIND, fileName, sha256(content), content, currentUser.get().username()));
        List<RowError> errors = new ArrayList<>();
        int total;
        try {
            total = readers.newReader().read(new ByteArrayInputStream(content), row -> { }, errors::add);
        } catch (CsvFileException e) {
            transaction.executeWithoutResult(tx -> jobs.reject(id, e.getMessage()));
            return jobs.find(id).orElseThrow();
        }
        int errorRows = (int) errors.stream().mapToInt(RowError::line).distinct().count();
        transaction.executeWithoutResult(tx -> {
            jobs.checked(id, total, errorRows);
            errors.forEach(e -> jobs.report(id, "ERROR", e.line(), e.column(), e.value(), e.reason()));
        });
        runner.start(id);
        return jobs.find(id).orElseThrow();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
