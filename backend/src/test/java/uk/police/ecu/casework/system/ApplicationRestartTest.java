package uk.police.ecu.casework.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.police.ecu.casework.CaseworkApplication;
import uk.police.ecu.casework.fraud.Dissemination;
import uk.police.ecu.casework.fraud.FraudTriageService;

/** The run command's embedded database keeps its data across a restart of the application. */
@Tag("separate-jvm")
class ApplicationRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepWorkStartedBeforeARestart() throws Exception {
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(FraudTriageService.class)
                    .startTriage(new Dissemination("NFRC-RESTART-1", "NFIB1D", "Edith Clarke"));
        }
        assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            RuntimeService runtime = second.getBean(RuntimeService.class);
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("NFRC-RESTART-1").count())
                    .isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CaseworkApplication.class)
                .profiles("test")
                .run("--server.port=0", "--casework.database.embedded.data-dir=" + dataDir,
                        "--casework.demo-data.enabled=false");
    }
}
