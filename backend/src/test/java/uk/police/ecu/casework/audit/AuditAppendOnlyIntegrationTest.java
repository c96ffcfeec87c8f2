package uk.police.ecu.casework.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.ecu.casework.DatabaseOwner;
import uk.police.ecu.casework.IntegrationTest;

/**
 * Audit rows are only ever appended. The application's own role may not change or remove them at all;
 * the owner, who could grant itself anything, is refused by the table's triggers.
 */
@IntegrationTest
class AuditAppendOnlyIntegrationTest {

    @Autowired
    AuditLog auditLog;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DatabaseOwner owner;

    String crime;
    long id;

    @BeforeEach
    void recordOneRow() {
        crime = "NFRC-" + UUID.randomUUID();
        transaction.executeWithoutResult(status ->
                auditLog.record(AuditEntry.consultation("crime", List.of(crime), "original", Map.of())));
        id = jdbc.queryForObject("SELECT id FROM audit_event WHERE record_ids @> ARRAY[CAST(? AS text)]",
                Long.class, crime);
    }

    @Test
    void shouldNotLetTheApplicationUpdateDeleteOrTruncateAuditRows() {
        for (String change : List.of("UPDATE audit_event SET justification = 'changed' WHERE id = " + id,
                "DELETE FROM audit_event WHERE id = " + id, "TRUNCATE audit_event",
                "ALTER TABLE audit_event DISABLE TRIGGER USER", "UPDATE audit_chain SET keyed_from = 0",
                "INSERT INTO audit_chain (keyed_from) VALUES (0)")) {
            assertThatThrownBy(() -> jdbc.execute(change)).as(change)
                    .rootCause().hasMessageMatching("(?s).*(permission denied|must be owner).*");
        }
        assertThat(jdbc.queryForObject("SELECT justification FROM audit_event WHERE id = ?", String.class, id))
                .isEqualTo("original");
    }

    @Test
    void shouldRefuseTheOwnerToUpdateAnAuditRow_evenWhenItMatchesNoRow() {
        assertThatThrownBy(() -> owner.jdbc().update("UPDATE casework.audit_event SET justification = 'changed' WHERE id = ?", id))
                .rootCause().hasMessageContaining("audit_event is append-only: UPDATE is not allowed");
        assertThatThrownBy(() -> owner.jdbc().update("UPDATE casework.audit_event SET justification = 'changed' WHERE false"))
                .rootCause().hasMessageContaining("append-only");

        assertThat(jdbc.queryForObject("SELECT justification FROM audit_event WHERE id = ?", String.class, id))
                .isEqualTo("original");
    }

    @Test
    void shouldRefuseTheOwnerToDeleteOrTruncate() {
        assertThatThrownBy(() -> owner.jdbc().update("DELETE FROM casework.audit_event WHERE id = ?", id))
                .rootCause().hasMessageContaining("audit_event is append-only: DELETE is not allowed");
        assertThatThrownBy(() -> owner.jdbc().execute("TRUNCATE casework.audit_event"))
                .rootCause().hasMessageContaining("audit_event is append-only: TRUNCATE is not allowed");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE id = ?", Integer.class, id)).isOne();
    }
}
