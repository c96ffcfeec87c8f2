package uk.police.ecu.casework.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.ecu.casework.IntegrationTest;

@IntegrationTest
class AuditLogIntegrationTest {

    @Autowired
    AuditLog auditLog;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    AuditChainVerifier verifier;

    @Test
    void shouldWriteARowForEveryOperationType() {
        String crime = "NFRC-" + UUID.randomUUID();
        List<AuditEntry> entries = List.of(
                AuditEntry.collection("crime", List.of(crime), Map.of("source", "NFIB")),
                AuditEntry.alteration("crime", List.of(crime), Map.of("field", "fraudType")),
                AuditEntry.consultation("crime", List.of(crime), "triage", Map.of()),
                AuditEntry.disclosure("crime", List.of(crime), "Victim Support", "onward referral", Map.of()),
                AuditEntry.combination("crime", List.of(crime, "NFRC-OTHER"), "linked series", Map.of()),
                AuditEntry.erasure("crime", List.of(crime), "retention period ended", Map.of()),
                AuditEntry.accessRefused("crime", List.of(crime), Map.of()),
                new AuditEntry(AuditOperation.AUDIT_SEARCH, "audit-event", List.of(crime), null, null, Map.of()),
                new AuditEntry(AuditOperation.LOGIN, "user-session", List.of(crime), null, null, Map.of()),
                new AuditEntry(AuditOperation.LOGIN_FAILED, "user-session", List.of(crime), null, null, Map.of()));

        transaction.executeWithoutResult(status -> entries.forEach(auditLog::record));

        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT operation, username, justification, recipient, details->>'source' AS source, hash, previous_hash
                FROM audit_event WHERE record_ids @> ARRAY[CAST(? AS text)] ORDER BY id""", crime);
        assertThat(rows).extracting(r -> r.get("operation")).as("every operation but the chain's own keying record")
                .containsExactly(Arrays.stream(AuditOperation.values()).filter(op -> op != AuditOperation.CHAIN_KEYED)
                        .map(Enum::name).toArray());
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("username")).isEqualTo("system");
            assertThat((String) r.get("hash")).hasSize(64);
        });
        assertThat(rows.get(0).get("source")).isEqualTo("NFIB");
        assertThat(rows.get(2).get("justification")).isEqualTo("triage");
        assertThat(rows.get(3).get("recipient")).isEqualTo("Victim Support");
        assertThat(rows.get(3).get("justification")).isEqualTo("onward referral");
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).get("previous_hash")).as("row %d follows row %d in the chain", i, i - 1)
                    .isEqualTo(rows.get(i - 1).get("hash"));
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    @WithMockUser(username = "ecu.officer", roles = "ECU_OFFICER")
    void shouldRecordTheSignedInUserAsTheActor() {
        String crime = "NFRC-" + UUID.randomUUID();

        transaction.executeWithoutResult(status ->
                auditLog.record(AuditEntry.consultation("crime", List.of(crime), null, Map.of())));

        assertThat(jdbc.queryForObject("SELECT username FROM audit_event WHERE record_ids @> ARRAY[CAST(? AS text)]",
                String.class, crime)).isEqualTo("ecu.officer");
    }

    @Test
    void shouldRefuseToRecordOutsideATransaction() {
        assertThatThrownBy(() -> auditLog.record(AuditEntry.consultation("crime", List.of("NFRC1"), null, null)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void shouldRollTheActionBackWhenItsAuditRowCannotBeWritten() throws Exception {
        String team = "audit-test-" + UUID.randomUUID();
        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement()) {
            // Another session holds the chain's lock, so this action's audit row cannot be appended in time.
            statement.execute("SELECT pg_advisory_lock(" + AuditLog.CHAIN_LOCK + ")");
            try {
                assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    jdbc.update("INSERT INTO team (id, name, unit) VALUES (?, 'Audit test team', 'ADMIN')", team);
                    jdbc.execute("SET LOCAL lock_timeout = '200ms'");
                    auditLog.record(AuditEntry.collection("team", List.of(team), Map.of()));
                })).isInstanceOf(DataAccessException.class);
            } finally {
                statement.execute("SELECT pg_advisory_unlock(" + AuditLog.CHAIN_LOCK + ")");
            }
        }

        assertThat(jdbc.queryForObject("SELECT count(*) FROM team WHERE id = ?", Integer.class, team)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE record_ids @> ARRAY[CAST(? AS text)]",
                Integer.class, team)).isZero();
    }

    @Test
    void shouldLetAnotherUsersAuditedActionCommitWhileAnActionIsStillUnderWay() throws Exception {
        String slow = "NFRC-SLOW-" + UUID.randomUUID();
        String quick = "NFRC-QUICK-" + UUID.randomUUID();
        CountDownLatch slowRecorded = new CountDownLatch(1);
        CountDownLatch quickCommitted = new CountDownLatch(1);

        CompletableFuture<Void> slowAction = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            auditLog.record(AuditEntry.alteration("crime", List.of(slow), Map.of()));
            slowRecorded.countDown();
            await(quickCommitted);
        }));
        await(slowRecorded);
        transaction.executeWithoutResult(status -> {
            jdbc.execute("SET LOCAL lock_timeout = '5s'");
            auditLog.record(AuditEntry.alteration("crime", List.of(quick), Map.of()));
        });
        quickCommitted.countDown();
        slowAction.get(30, TimeUnit.SECONDS);

        // The chain is in commit order: the quick action, committed first, comes first.
        assertThat(idOf(quick)).isLessThan(idOf(slow));
        assertThat(verifier.verify().intact()).isTrue();
    }

    private long idOf(String crime) {
        return jdbc.queryForObject("SELECT id FROM audit_event WHERE record_ids @> ARRAY[CAST(? AS text)]", Long.class,
                crime);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
