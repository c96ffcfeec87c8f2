package uk.police.ecu.casework;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.police.ecu.casework.audit.AuditVerificationCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CaseworkApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CaseworkApplication.class);
        if (AuditVerificationCommand.requested(args)) {
            // A one-off command: the command's result is the process's exit code.
            System.exit(SpringApplication.exit(AuditVerificationCommand.asCommand(application).run(args)));
        }
        application.run(args);
    }
}
