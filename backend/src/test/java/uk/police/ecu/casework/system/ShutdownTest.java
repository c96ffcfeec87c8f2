package uk.police.ecu.casework.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application as {@code java -jar} runs it, with its embedded PostgreSQL, stops promptly on SIGTERM
 * (a service manager's stop, {@code docker stop}) and takes its database down cleanly with it.
 */
@Tag("separate-jvm")
class ShutdownTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldStopPromptlyOnSigtermAndStopItsEmbeddedDatabaseAfterTheEngine() throws IOException {
        try (ApplicationNode node = ApplicationNode.startEmbedded("shutdown-embedded", dataDir)) {
            assertThat(node.signedIn("ecu.officer").get("/api/tasks").status()).isEqualTo(200);
            assertThat(dataDir.resolve("postmaster.pid")).exists();

            long stopping = System.nanoTime();
            assertThat(node.stop(Duration.ofMinutes(2))).as("SIGTERM ends the JVM normally").isEqualTo(143);
            assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(15));

            assertThat(dataDir.resolve("postmaster.pid")).as("the embedded PostgreSQL stopped too").doesNotExist();
            assertThat(Files.readString(node.log())).as("the engine closed before its database went away")
                    .doesNotContain("Could not open JDBC Connection");
        }
    }
}
