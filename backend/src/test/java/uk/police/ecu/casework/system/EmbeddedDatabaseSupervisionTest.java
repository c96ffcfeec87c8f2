package uk.police.ecu.casework.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.ecu.casework.ApiClient;

/**
 * The run command's embedded PostgreSQL dies (here {@code kill -9} of its server process): the application
 * says it is DOWN and asks users to try again, restarts its database on the same files and port, and
 * answers again with nobody stepping in; the work done before is still there.
 */
@Tag("separate-jvm")
class EmbeddedDatabaseSupervisionTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldRestartItsDeadEmbeddedDatabaseAndAnswerAgainByItself() throws Exception {
        // A long first wait, so the outage outlasts the pool's 5-second connection timeout and is seen.
        try (ApplicationNode node = ApplicationNode.startEmbedded("supervised-embedded", dataDir,
                "--casework.database.embedded.restart-delay=PT15S")) {
            ApiClient officer = node.signedIn("ecu.officer");
            ApiClient.Response before = officer.get("/api/tasks");
            assertThat(before.status()).isEqualTo(200);

            long killed = postmasterPid();
            ProcessHandle postmaster = ProcessHandle.of(killed).orElseThrow();
            assertThat(postmaster.destroyForcibly()).as("SIGKILL sent").isTrue();
            postmaster.onExit().get(30, TimeUnit.SECONDS);

            assertThat(officer.get("/actuator/health").status()).as("health DOWN while it is gone").isEqualTo(503);
            assertThat(officer.get("/api/tasks").status()).as("try again in a minute").isEqualTo(503);

            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> officer.get("/api/tasks").status() == 200);
            assertThat(officer.get("/actuator/health").status()).as("health UP again").isEqualTo(200);
            assertThat(officer.get("/api/tasks").body()).as("the same work as before").isEqualTo(before.body());
            assertThat(node.signedIn("ecu.supervisor").get("/api/tasks").status()).isEqualTo(200);
            assertThat(postmasterPid()).as("a new server on the same files").isNotEqualTo(killed);
            assertThat(Files.readString(node.log()))
                    .contains("The embedded PostgreSQL in " + dataDir.toAbsolutePath() + " is not running")
                    .contains("Embedded PostgreSQL restarted on the same files and port");
        }
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
    }
}
