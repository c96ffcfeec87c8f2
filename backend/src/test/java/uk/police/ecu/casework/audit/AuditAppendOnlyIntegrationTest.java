package uk.police.ecu.casework.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.ecu.casework.IntegrationTest;

/** The database itself refuses to change or remove audit rows, whoever asks. */
@IntegrationTest
class AuditAppendOnlyIntegrationTest {

    @Autowired
    AuditLog auditLog;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

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
    void shouldRefuseToUpdateAnAuditRow() {
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET justification = 'changed' WHERE id = ?", id))
                .isInstanceOf(DataIntegrityViolationException.class)
                .rootCause().hasMessageContaining("audit_event is append-only: UPDATE is not allowed");

        assertThat(jdbc.queryForObject("SELECT justification FROM audit_event WHERE id = ?", String.class, id))
                .isEqualTo("original");
    }

    @Test
    void shouldRefuseAnUpdateEvenWhenItMatchesNoRow() {
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET justification = 'changed' WHERE false"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void shouldRefuseToDeleteAnAuditRow() {
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event WHERE id = ?", id))
                .isInstanceOf(DataIntegrityViolationException.class)
                .rootCause().hasMessageContaining("audit_event is append-only: DELETE is not allowed");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE id = ?", Integer.class, id)).isOne();
    }

    @Test
    void shouldRefuseToTruncateTheAuditTable() {
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_event"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .rootCause().hasMessageContaining("audit_event is append-only: TRUNCATE is not allowed");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE id = ?", Integer.class, id)).isOne();
    }
}
