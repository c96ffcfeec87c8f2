package uk.police.ecu.casework.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A secret the application makes for itself on first run (the embedded database's passwords, the audit
 * key) and keeps in a file only its own user can read, outside the database. Two processes starting at
 * once agree on one value: the file is created exclusively, and the loser reads the winner's.
 */
public final class SecretFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretFile() {
    }

    /** The file's secret, made (32 random bytes, Base64) if the file does not exist yet. */
    public static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file, newSecret());
            }
            String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (secret.isEmpty()) {
                throw new IllegalStateException("The secret file " + file + " is empty");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret file " + file, e);
        }
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void create(Path file, String secret) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Path written = Files.createTempFile(directory, ".secret", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(written, secret + "\n", StandardCharsets.UTF_8);
            // A hard link appears whole or not at all, and never replaces a file another process made first.
            Files.createLink(file, written);
        } catch (FileAlreadyExistsException raced) {
            // Another process made it first; its secret is the one.
        } finally {
            Files.deleteIfExists(written);
        }
    }
}
