package uk.police.ecu.casework.audit;

/**
 * What was done to a record. The first six are the processing operations that the Data Protection
 * Act 2018 s.62 requires logs of; the rest are security events kept in the same trail.
 */
public enum AuditOperation {
    COLLECTION,
    ALTERATION,
    CONSULTATION,
    DISCLOSURE,
    COMBINATION,
    ERASURE,
    ACCESS_REFUSED,
    AUDIT_SEARCH,
    LOGIN,
    LOGIN_FAILED,
    /** The first record the chain signed with its key: rows before it keep their plain hashes. */
    CHAIN_KEYED
}
