package uk.police.ecu.casework.audit;

/**
 * One audit row with its place in the hash chain: the hash of the record before it and its own, so an
 * auditor can follow the chain by hand.
 */
public record AuditEventDetail(AuditEventView event, String previousHash, String hash, Long previousEventId,
                               Long nextEventId) {
}
