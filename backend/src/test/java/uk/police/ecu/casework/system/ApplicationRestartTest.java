package uk.police.ecu.casework.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.CaseworkApplication;

/** The run command's embedded database keeps its data across a restart of the application. */
@Tag("separate-jvm")
class ApplicationRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepWorkStartedBeforeARestart() throws Exception {
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(RuntimeService.class).startProcessInstanceByKey("fraud-triage", "NFRC-RESTART-1",
                    Map.of("crimeReference", "NFRC-RESTART-1", "needsRecategorisation", true));
            first.getBean(JdbcClient.class).sql("INSERT INTO team (id, name, unit) VALUES ('restart', 'Restart', 'ECU')")
                    .update();
        }
        assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            RuntimeService runtime = second.getBean(RuntimeService.class);
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("NFRC-RESTART-1").count())
                    .isEqualTo(1);
            assertThat(second.getBean(JdbcClient.class).sql("SELECT name FROM team WHERE id = 'restart'")
                    .query(String.class).single()).isEqualTo("Restart");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CaseworkApplication.class)
                .profiles("test")
                .run("--server.port=0", "--casework.database.embedded.data-dir=" + dataDir,
                        "--casework.demo-data.enabled=false");
    }
}
