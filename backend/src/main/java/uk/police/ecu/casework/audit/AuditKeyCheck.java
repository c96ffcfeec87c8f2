package uk.police.ecu.casework.audit;

import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * A node must sign with the key the trail was signed with: otherwise every row it writes would break the
 * chain. At start-up the trail's last keyed row is checked under this node's key, and a node whose key
 * does not verify it does not start.
 */
@Component
class AuditKeyCheck implements InitializingBean {

    private final AuditChainRepository chain;
    private final AuditKey key;
    private final boolean verifying;

    AuditKeyCheck(AuditChainRepository chain, AuditKey key, ApplicationArguments arguments) {
        this.chain = chain;
        this.key = key;
        // verify-audit must run whatever state the trail is in: it is how a broken trail is found and named.
        this.verifying = AuditVerificationCommand.requested(arguments.getSourceArgs());
    }

    @Override
    public void afterPropertiesSet() {
        if (verifying) {
            return;
        }
        Optional<AuditRow> last = chain.lastKeyed();
        if (last.isPresent() && !AuditHash.keyed(key.mac(), last.get().previousHash(), last.get()).equals(last.get().hash())) {
            throw new IllegalStateException("The audit key does not verify the audit trail's last record ("
                    + last.get().id() + "): this node's key is not the one the trail was written with, or that "
                    + "record was changed. Give every node the trail's key (CASEWORK_AUDIT_KEY), or run verify-audit.");
        }
    }
}
