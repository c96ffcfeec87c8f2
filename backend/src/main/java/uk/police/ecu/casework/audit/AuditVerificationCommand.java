package uk.police.ecu.casework.audit;

import java.util.Arrays;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar ecu-casework.jar verify-audit}: checks the audit trail's hash chain, prints the
 * result and exits 0 when intact, 1 when broken. The application's main method starts no web server
 * for this command and exits with {@link #getExitCode()}.
 */
@Component
public class AuditVerificationCommand implements ApplicationRunner, ExitCodeGenerator {

    public static final String NAME = "verify-audit";

    private final AuditChainVerifier verifier;
    private int exitCode;

    AuditVerificationCommand(AuditChainVerifier verifier) {
        this.verifier = verifier;
    }

    public static boolean requested(String... args) {
        return Arrays.asList(args).contains(NAME);
    }

    /** Sets the application up to run this command alone: no web server. */
    public static SpringApplication asCommand(SpringApplication application) {
        application.setWebApplicationType(WebApplicationType.NONE);
        return application;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().contains(NAME)) {
            return;
        }
        AuditVerification result = verifier.verify();
        System.out.println(result.message());
        exitCode = result.intact() ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
