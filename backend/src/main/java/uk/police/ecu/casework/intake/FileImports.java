package uk.police.ecu.casework.intake;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.CurrentUser;

/**
 * Takes a file of any kind. The whole file is checked first, while the uploader waits: a file that
 * cannot be read is refused with one clear reason and nothing is imported; otherwise every refused
 * row is reported and the good rows are imported in the background with visible progress.
 * Role checks are the callers' (one service per kind), as each kind has its own users.
 */
@Service
class FileImports {


    private final Map<String, FileImport<?>> kinds;
    private final ImportJobRepository jobs;
    private final FileImportRunner runner;
    private final TransactionTemplate transaction;
    private final CurrentUser currentUser;
    private final Clock clock;

    FileImports(List<FileImport<?>> kinds, ImportJobRepository jobs, FileImportRunner runner,
                TransactionTemplate transaction, CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.kinds = kinds.stream().collect(Collectors.toUnmodifiableMap(FileImport::kind, Function.identity()));
        this.jobs = jobs;
        this.runner = runner;
        this.transaction = transaction;
        this.currentUser = currentUser;
    }

    ImportJob upload(FileImport<?> kind, String fileName, byte[] content) {
        UUID id = UUID.randomUUID();
        transaction.executeWithoutResult(tx -> {
            jobs.create(id, kind.kind(), fileName, sha256(content), content, currentUser.get().username());
            runner.hold(id);
        });
        RefusedRows refused = new RefusedRows();
        int total;
        try {
            total = kind.reader(jobs.find(id).orElseThrow().uploadedOn(clock.getZone()))
                    .read(new ByteArrayInputStream(content), row -> { }, refused);
        } catch (CsvFileException e) {
            transaction.executeWithoutResult(tx -> jobs.reject(id, e.getMessage()));
            return jobs.find(id).orElseThrow();
        }
        TextEncoding encoding = CsvTextReader.encodingOf(new ByteArrayInputStream(content));
        transaction.executeWithoutResult(tx -> {
            jobs.checked(id, total, refused.rows(), encoding);
            refused.errors().forEach(e -> jobs.report(id, "ERROR", e.line(), e.column(), e.value(), e.reason()));
        });
        runner.start(id);
        return jobs.find(id).orElseThrow();
    }

    /** Whether the user holds a role that may see imports of this kind. */
    boolean visibleTo(String kind, CaseworkUser user) {
        FileImport<?> known = kinds.get(kind);
        return known != null && known.viewers().stream().anyMatch(user::hasRole);
    }

    List<String> kindsVisibleTo(CaseworkUser user) {
        return kinds.keySet().stream().filter(kind -> visibleTo(kind, user)).sorted().toList();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
