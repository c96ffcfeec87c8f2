package uk.police.ecu.casework.audit;

import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A node must sign with the key the trail was signed with: otherwise every row it writes would break the
 * chain. At start-up the trail's last keyed row is checked under this node's key, and a node whose key
 * does not verify it does not start.
 */
@Component
class AuditKeyCheck implements InitializingBean {

    private final JdbcTemplate jdbc;
    private final AuditKey key;
    private final boolean verifying;

    AuditKeyCheck(JdbcTemplate jdbc, AuditKey key, ApplicationArguments arguments) {
        this.jdbc = jdbc;
        this.key = key;
        // verify-audit must run whatever state the trail is in: it is how a broken trail is found and named.
        this.verifying = AuditVerificationCommand.requested(arguments.getSourceArgs());
    }

    @Override
    public void afterPropertiesSet() {
        if (verifying) {
            return;
        }
        List<AuditRow> last = jdbc.query("SELECT " + AuditRows.COLUMNS + " FROM audit_event "
                + "WHERE id >= (SELECT keyed_from FROM audit_chain) ORDER BY id DESC LIMIT 1", (rs, n) -> AuditRows.read(rs));
        if (!last.isEmpty() && !AuditHash.keyed(key.mac(), last.get(0).previousHash(), last.get(0)).equals(last.get(0).hash())) {
            throw new IllegalStateException("The audit key does not verify the audit trail's last record ("
                    + last.get(0).id() + "): this node's key is not the one the trail was written with, or that "
                    + "record was changed. Give every node the trail's key (CASEWORK_AUDIT_KEY), or run verify-audit.");
        }
    }
}
