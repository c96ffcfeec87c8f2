package uk.police.ecu.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Runs the Playwright browser tests in {@code frontend/e2e/} (Debian's Chromium) against this
 * running application, so they share the one test context and database.
 */
@IntegrationTest
class BrowserJourneyTest {

    @LocalServerPort
    int port;

    @Test
    void shouldPassEveryBrowserJourney() throws IOException, InterruptedException {
        Path frontend = Path.of(System.getProperty("frontend.dir", "../frontend")).toAbsolutePath().normalize();
        Path log = Path.of("target", "e2e.log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder("npm", "run", "e2e")
                .directory(frontend.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("BASE_URL", "http://localhost:" + port);
        builder.environment().put("DEMO_PASSWORD", ApiClient.DEMO_PASSWORD);
        builder.environment().put("SCREENSHOT_DIR", new File("target/e2e-screenshots").getAbsolutePath());

        Process process = builder.start();
        boolean finished = process.waitFor(15, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.println(output);

        assertThat(finished).as("browser tests finished in time").isTrue();
        assertThat(process.exitValue()).as("browser tests passed; output:%n%s", output).isZero();
    }
}
