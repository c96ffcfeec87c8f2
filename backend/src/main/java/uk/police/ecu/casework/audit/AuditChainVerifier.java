package uk.police.ecu.casework.audit;

import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the audit trail in chain order and recomputes every hash. A changed row fails its own hash;
 * a row removed from the middle leaves the next row pointing at a hash that is no longer there.
 * Rows removed from the end cannot be seen from inside the chain: keep the last hash somewhere else
 * (see README) to detect that.
 */
@Service
public class AuditChainVerifier {

    private final JdbcTemplate jdbc;

    AuditChainVerifier(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        // Streams the table through a cursor instead of loading it whole.
        this.jdbc.setFetchSize(1000);
    }

    @Transactional(readOnly = true)
    public AuditVerification verify() {
        return jdbc.query("SELECT " + AuditRows.COLUMNS + " FROM audit_event ORDER BY id", rs -> {
            long checked = 0;
            String previousHash = null;
            while (rs.next()) {
                AuditRow row = AuditRows.read(rs);
                if (!Objects.equals(row.previousHash(), previousHash)) {
                    return AuditVerification.broken(checked, row.id(),
                            "it does not follow the record before it (a record was removed or reordered)");
                }
                if (!AuditHash.of(previousHash, row).equals(row.hash())) {
                    return AuditVerification.broken(checked, row.id(), "its content no longer matches its hash");
                }
                previousHash = row.hash();
                checked++;
            }
            return AuditVerification.intact(checked);
        });
    }
}
