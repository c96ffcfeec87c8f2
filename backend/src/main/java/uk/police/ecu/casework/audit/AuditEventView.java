package uk.police.ecu.casework.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** One audit row as an auditor sees it. */
public record AuditEventView(long id, Instant occurredAt, String username, String operation, String recordType,
                             List<String> recordIds, String clientAddress, String justification, String recipient,
                             JsonNode details) {
}
