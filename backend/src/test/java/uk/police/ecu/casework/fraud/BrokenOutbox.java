package uk.police.ecu.casework.fraud;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Puts a plain file where the outbox directory should be, as a mis-mounted share would, so writing
 * a return really fails (whoever runs the tests, even root); closing mends it.
 */
public final class BrokenOutbox implements AutoCloseable {

    private final Path directory;
    private final Path setAside;

    private BrokenOutbox(Path directory, Path setAside) {
        this.directory = directory;
        this.setAside = setAside;
    }

    public static BrokenOutbox breakOutbox(Path directory) throws IOException {
        Path setAside = directory.resolveSibling(directory.getFileName() + ".set-aside");
        deleteTree(setAside);
        if (Files.exists(directory)) {
            Files.move(directory, setAside);
        }
        Files.createDirectories(directory.getParent());
        Files.writeString(directory, "not a directory");
        return new BrokenOutbox(directory, setAside);
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(directory);
        if (Files.exists(setAside)) {
            Files.move(setAside, directory);
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
