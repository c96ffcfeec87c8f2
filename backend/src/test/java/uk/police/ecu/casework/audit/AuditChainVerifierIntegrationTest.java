package uk.police.ecu.casework.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.ecu.casework.DatabaseOwner;
import uk.police.ecu.casework.IntegrationTest;
import uk.police.ecu.casework.shared.SecretFile;

/**
 * The trail checked as an auditor would, after it has been tampered with as someone holding the database
 * owner's password could: every tampering is committed, checked, and undone, so the shared test database
 * keeps an intact chain for the other tests.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditChainVerifierIntegrationTest {

    /** Tests that write anchors run last: an anchor makes most tampering visible, hiding what the others check. */
    private static final int ANCHORS_WRITTEN = Order.DEFAULT + 1;

    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    AuditVerificationCommand command;
    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditAnchors anchors;
    @Autowired
    AuditChainRepository chain;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DatabaseOwner owner;

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

        whileTampered(changed, sql -> sql.update("UPDATE casework.audit_event SET justification = 'edited' WHERE id = ?",
                changed), () -> {
                    AuditVerification result = verifier.verify();
                    assertThat(result.intact()).isFalse();
                    assertThat(result.firstBrokenRecordId()).isEqualTo(changed);
                    assertThat(result.message()).contains("record " + changed, "no longer matches its hash");
                });

        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void shouldFindARowRewrittenWithItsHashesRecomputed_forTheChainIsKeyedOutsideTheDatabase() {
        long changed = recordOne();
        recordOne();

        whileTampered(changed, sql -> {
            sql.update("UPDATE casework.audit_event SET username = 'someone.else' WHERE id = ?", changed);
            rehashPlainly(sql, changed);
        }, () -> {
            AuditVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenRecordId()).isEqualTo(changed);
            assertThat(result.message()).contains("no longer matches its hash");
        });
    }

    @Test
    @Order(ANCHORS_WRITTEN)
    void shouldFindAChainPassedOffAsUnkeyed_byMovingWhereTheKeyedChainStarts() {
        long changed = recordOne();
        long last = recordOne();

        assertPassedOffAsUnkeyedIsFound(changed, changed, "the chain's start was moved");
        assertPassedOffAsUnkeyedIsFound(changed, last + 5, "the chain's start was moved");
        anchors.anchor();
        assertPassedOffAsUnkeyedIsFound(changed, last + 1, "anchored outside the database");
        assertThat(verifier.verify().intact()).isTrue();
    }

    private void assertPassedOffAsUnkeyedIsFound(long changed, long movedTo, String reason) {
        long keyedFrom = jdbc.queryForObject("SELECT keyed_from FROM audit_chain", Long.class);
        try {
            whileTampered(keyedFrom, sql -> {
                sql.update("UPDATE casework.audit_event SET username = 'someone.else' WHERE id = ?", changed);
                rehashPlainly(sql, keyedFrom);
                sql.execute("ALTER TABLE casework.audit_chain DISABLE TRIGGER USER");
                sql.update("UPDATE casework.audit_chain SET keyed_from = ?", movedTo);
            }, () -> {
                AuditVerification result = verifier.verify();
                assertThat(result.intact()).as("keyed chain said to start at " + movedTo).isFalse();
                assertThat(result.message()).contains(reason);
            });
        } finally {
            owner.jdbc().update("UPDATE casework.audit_chain SET keyed_from = ?", keyedFrom);
            owner.jdbc().execute("ALTER TABLE casework.audit_chain ENABLE TRIGGER USER");
        }
    }

    @Test
    void shouldNameTheRecordAfterARemovedOne() {
        long removed = recordOne();
        long next = recordOne();

        whileTampered(removed, sql -> sql.update("DELETE FROM casework.audit_event WHERE id = ?", removed), () -> {
            AuditVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenRecordId()).isEqualTo(next);
        });
    }

    @Test
    @Order(ANCHORS_WRITTEN + 1)
    void shouldFindRecordsCutFromTheEnd_againstTheHeadAnchoredOutsideTheDatabase() {
        long first = recordOne();
        long last = recordOne();
        anchors.anchor();

        whileTampered(first, sql -> sql.update("DELETE FROM casework.audit_event WHERE id >= ?", first), () -> {
            AuditVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenRecordId()).isEqualTo(last);
            assertThat(result.message()).contains("cut from the end");
        });
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void shouldNotStartANodeWhoseAuditKeyIsNotTheTrails() {
        recordOne();
        AuditKey otherKey = new AuditKey(SecretFile.newSecret(), "unused");

        assertThatThrownBy(() -> new AuditKeyCheck(chain, otherKey, new DefaultApplicationArguments()).afterPropertiesSet())
                .hasMessageContaining("this node's key is not the one the trail was written with");
    }

    @Test
    void shouldPrintTheResultAndExitWith0WhenIntactAnd1WhenBroken(CapturedOutput output) throws Exception {
        long changed = recordOne();

        command.run(new DefaultApplicationArguments(AuditVerificationCommand.NAME));
        assertThat(command.getExitCode()).isZero();
        assertThat(output.getOut()).contains("Audit trail intact");

        whileTampered(changed, sql -> sql.update("UPDATE casework.audit_event SET username = 'someone.else' WHERE id = ?",
                changed), () -> {
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

    /** Recomputes every hash from {@code from} on by the plain (unkeyed) rule, as someone without the key would. */
    private static void rehashPlainly(JdbcTemplate sql, long from) {
        String previous = sql.query("SELECT hash FROM casework.audit_event WHERE id < ? ORDER BY id DESC LIMIT 1",
                rs -> rs.next() ? rs.getString(1) : null, from);
        for (AuditRow row : sql.query("SELECT " + AuditEventRepository.COLUMNS + " FROM casework.audit_event WHERE id >= ? ORDER BY id",
                (rs, n) -> AuditEventRepository.read(rs), from)) {
            String hash = AuditHash.unkeyed(previous, row);
            sql.update("UPDATE casework.audit_event SET previous_hash = ?, hash = ? WHERE id = ?", previous, hash, row.id());
            previous = hash;
        }
    }

    private long recordOne() {
        String crime = "NFRC-" + UUID.randomUUID();
        transaction.executeWithoutResult(status ->
                auditLog.record(AuditEntry.consultation("crime", List.of(crime), "checking", Map.of("n", 1))));
        return jdbc.queryForObject("SELECT id FROM audit_event WHERE record_ids @> ARRAY[CAST(? AS text)]",
                Long.class, crime);
    }

    /** Tampers as the owner (triggers off), commits, checks, then puts every row from {@code from} back as it was. */
    private void whileTampered(long from, Consumer<JdbcTemplate> tamper, Runnable check) {
        JdbcTemplate sql = owner.jdbc();
        sql.execute("DROP TABLE IF EXISTS casework.audit_event_kept");
        sql.update("CREATE TABLE casework.audit_event_kept AS SELECT * FROM casework.audit_event WHERE id >= ?", from);
        sql.execute("ALTER TABLE casework.audit_event DISABLE TRIGGER USER");
        try {
            tamper.accept(sql);
            check.run();
        } finally {
            sql.update("DELETE FROM casework.audit_event WHERE id >= ?", from);
            sql.execute("INSERT INTO casework.audit_event SELECT * FROM casework.audit_event_kept");
            sql.execute("ALTER TABLE casework.audit_event ENABLE TRIGGER USER");
            sql.execute("DROP TABLE casework.audit_event_kept");
        }
    }

}
