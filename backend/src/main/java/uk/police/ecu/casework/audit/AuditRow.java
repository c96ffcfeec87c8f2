package uk.police.ecu.casework.audit;

import java.time.Instant;
import java.util.List;

/**
 * An audit row exactly as stored. {@code details} is PostgreSQL's own text of the jsonb value, so the
 * hash is computed over the same bytes whether the row is being written or verified.
 */
record AuditRow(long id, Instant occurredAt, String username, String operation, String recordType,
                List<String> recordIds, String clientAddress, String justification, String recipient,
                String details, String previousHash, String hash) {

    AuditRow withHash(String rowHash) {
        return new AuditRow(id, occurredAt, username, operation, recordType, recordIds, clientAddress, justification,
                recipient, details, previousHash, rowHash);
    }
}
