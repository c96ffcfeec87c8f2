package uk.police.ecu.casework.fraud;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The directory the national lead force's secure transfer collects returns from. A return is
 * written to a temporary file and then moved into place under a name fixed by its month, so the
 * transfer never picks up half a file and sending the same month again replaces it with the same
 * file rather than adding a second one.
 */
@Component
class OutcomeReturnOutbox {

    private final Path directory;

    OutcomeReturnOutbox(@Value("${casework.outcome-return.outbox-dir:data/outbox}") String directory) {
        this.directory = Path.of(directory).toAbsolutePath();
    }

    static String fileName(YearMonth month) {
        return "outcome-return-" + month + ".csv";
    }

    Path directory() {
        return directory;
    }

    /** Writes the return, or fails with a reason an administrator can act on. */
    Path send(YearMonth month, String file) {
        Path target = directory.resolve(fileName(month));
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, "." + fileName(month), ".part");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                out.write(file);
            }
            return Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new OutboxUnavailableException("The return for " + month + " could not be written to the outbox "
                    + directory + ": " + reason(e), e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return "a file is in the way where the directory should be";
        }
        if (e instanceof NoSuchFileException) {
            return "the directory does not exist";
        }
        return e.getMessage();
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // The failure being reported matters more; a stray .part file is never collected.
        }
    }

    /** The outbox cannot be written; the submission step fails and is retried per the model. */
    static class OutboxUnavailableException extends RuntimeException {

        OutboxUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
