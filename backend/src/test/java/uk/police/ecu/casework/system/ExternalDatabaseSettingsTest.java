package uk.police.ecu.casework.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import uk.police.ecu.casework.CaseworkApplication;

@Tag("separate-jvm")
class ExternalDatabaseSettingsTest {

    @Test
    void shouldNameTheMissingSettingWhenAnExternalDatabaseIsHalfConfigured() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(CaseworkApplication.class)
                .profiles("test");

        assertThatThrownBy(() -> app.run("--server.port=0",
                "--spring.datasource.url=jdbc:postgresql://localhost:1/casework", "--spring.datasource.username="))
                .rootCause()
                .hasMessageContaining("SPRING_DATASOURCE_USERNAME (spring.datasource.username) is not set");
    }
}
