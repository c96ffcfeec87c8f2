package uk.police.ecu.casework.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.police.ecu.casework.CaseworkApplication;

/** {@code verify-audit} as the main method runs it: no web server, the result as the exit code. */
@Tag("separate-jvm")
@ExtendWith(OutputCaptureExtension.class)
class AuditVerificationCommandTest {

    @Test
    void shouldVerifyTheTrailWithoutStartingAWebServer(CapturedOutput output) {
        SpringApplication application =
                AuditVerificationCommand.asCommand(new SpringApplication(CaseworkApplication.class));
        application.setAdditionalProfiles("test");

        ConfigurableApplicationContext context =
                application.run(AuditVerificationCommand.NAME, "--casework.demo-data.enabled=false");

        assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
        assertThat(SpringApplication.exit(context)).isZero();
        assertThat(output.getOut()).contains("Audit trail intact: 0 records verified");
    }
}
