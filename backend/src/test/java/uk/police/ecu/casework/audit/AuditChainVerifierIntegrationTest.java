package uk.police.ecu.casework.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.ecu.casework.IntegrationTest;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AuditChainVerifierIntegrationTest {

    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    AuditVerificationCommand command;
    @Autowired
    AuditLog auditLog;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldReportAnIntactChainWithTheNumberOfRecordsChecked() {
        recordOne();
        recordOne();

        AuditVerification result = verifier.verify();

        assertThat(result.intact()).as(result.message()).isTrue();
        assertThat(result.checkedRecords()).isGreaterThanOrEqualTo(2);
        assertThat(result.firstBrokenRecordId()).isNull();
    }

    @Test
    void shouldNameTheFirstBrokenRecordAfterARowIsChanged() {
        long changed = recordOne();
        recordOne();

        whileTampered(sql -> sql.update("UPDATE audit_event SET justification = 'edited' WHERE id = ?", changed),
                () -> {
                    AuditVerification result = verifier.verify();
                    assertThat(result.intact()).isFalse();
                    assertThat(result.firstBrokenRecordId()).isEqualTo(changed);
                    assertThat(result.message()).contains("record " + changed, "no longer matches its hash");
                });

        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void shouldNameTheRecordAfterARemovedOne() {
        long removed = recordOne();
        long next = recordOne();

        whileTampered(sql -> sql.update("DELETE FROM audit_event WHERE id = ?", removed), () -> {
            AuditVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenRecordId()).isEqualTo(next);
        });
    }

    @Test
    void shouldPrintTheResultAndExitWith0WhenIntactAnd1WhenBroken(CapturedOutput output) throws Exception {
        long changed = recordOne();

        command.run(new DefaultApplicationArguments(AuditVerificationCommand.NAME));
        assertThat(command.getExitCode()).isZero();
        assertThat(output.getOut()).contains("Audit trail intact");

        whileTampered(sql -> sql.update("UPDATE audit_event SET username = 'someone.else' WHERE id = ?", changed),
                () -> {
                    command.run(new DefaultApplicationArguments(AuditVerificationCommand.NAME));
                    assertThat(command.getExitCode()).isOne();
                    assertThat(output.getOut()).contains("Audit trail BROKEN at record " + changed);
                });
        command.run(new DefaultApplicationArguments(AuditVerificationCommand.NAME));
        assertThat(command.getExitCode()).isZero();
    }

    @Test
    void shouldDoNothingWithoutTheVerifyAuditArgument(CapturedOutput output) throws Exception {
        command.run(new DefaultApplicationArguments("--server.port=0"));

        assertThat(output.getOut()).doesNotContain("Audit trail");
    }

    private long recordOne() {
        String crime = "NFRC-" + UUID.randomUUID();
        transaction.executeWithoutResult(status ->
                auditLog.record(AuditEntry.consultation("crime", List.of(crime), "checking", Map.of("n", 1))));
        return jdbc.queryForObject("SELECT id FROM audit_event WHERE record_ids @> ARRAY[CAST(? AS text)]",
                Long.class, crime);
    }

    /**
     * Tampers as the database superuser could, checks, and rolls everything back, so the shared test
     * database keeps an intact chain for the other tests.
     */
    private void whileTampered(Consumer<JdbcTemplate> tamper, Runnable check) {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.execute("ALTER TABLE audit_event DISABLE TRIGGER USER");
            try {
                tamper.accept(jdbc);
                check.run();
            } finally {
                jdbc.execute("ALTER TABLE audit_event ENABLE TRIGGER USER");
            }
        });
    }
}
