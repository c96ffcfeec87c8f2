package uk.police.ecu.casework.audit;

import static uk.police.ecu.casework.audit.AuditOperation.*;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One thing to put in the audit trail: the operation, the records it touched and why. Who, when and
 * from where are added by {@link AuditLog}.
 */
public record AuditEntry(AuditOperation operation, String recordType, List<String> recordIds, String justification,
                         String recipient, Map<String, Object> details) {

    public AuditEntry {
        Objects.requireNonNull(operation, "operation");
        if (recordType == null || recordType.isBlank()) {
            throw new IllegalArgumentException("An audit entry needs a record type");
        }
        if (operation == DISCLOSURE && (recipient == null || recipient.isBlank())) {
            throw new IllegalArgumentException("A disclosure must name its recipient");
        }
        recordIds = recordIds == null ? List.of() : List.copyOf(recordIds);
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public static AuditEntry collection(String recordType, List<String> recordIds, Map<String, Object> details) {
        return new AuditEntry(COLLECTION, recordType, recordIds, null, null, details);
    }

    public static AuditEntry alteration(String recordType, List<String> recordIds, Map<String, Object> details) {
        return new AuditEntry(ALTERATION, recordType, recordIds, null, null, details);
    }

    public static AuditEntry consultation(String recordType, List<String> recordIds, String justification,
                                          Map<String, Object> details) {
        return new AuditEntry(CONSULTATION, recordType, recordIds, justification, null, details);
    }

    public static AuditEntry disclosure(String recordType, List<String> recordIds, String recipient,
                                        String justification, Map<String, Object> details) {
        return new AuditEntry(DISCLOSURE, recordType, recordIds, justification, recipient, details);
    }

    public static AuditEntry combination(String recordType, List<String> recordIds, String justification,
                                         Map<String, Object> details) {
        return new AuditEntry(COMBINATION, recordType, recordIds, justification, null, details);
    }

    public static AuditEntry erasure(String recordType, List<String> recordIds, String justification,
                                     Map<String, Object> details) {
        return new AuditEntry(ERASURE, recordType, recordIds, justification, null, details);
    }

    public static AuditEntry accessRefused(String recordType, List<String> recordIds, Map<String, Object> details) {
        return new AuditEntry(ACCESS_REFUSED, recordType, recordIds, null, null, details);
    }

    /** A search of the audit trail itself, with the filters used. */
    public static AuditEntry auditSearch(Map<String, Object> filters) {
        return new AuditEntry(AUDIT_SEARCH, "audit-event", List.of(), null, null, filters);
    }

    /**
     * Audit events written out of the application as a CSV file: a disclosure to the person downloading it,
     * with the filters that chose the events.
     */
    public static AuditEntry auditExport(String recipient, Map<String, Object> filters) {
        return new AuditEntry(DISCLOSURE, "audit-event", List.of(), null, recipient, filters);
    }

    public static AuditEntry login() {
        return new AuditEntry(LOGIN, "user-session", List.of(), null, null, Map.of());
    }

    /** The chain's first keyed record: which row keying starts from, and the last plain hash it covers. */
    static AuditEntry chainKeyed(long keyedFrom, String lastPlainHash) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("keyedFrom", keyedFrom);
        details.put("lastPlainHash", lastPlainHash);
        return new AuditEntry(CHAIN_KEYED, "audit-event", List.of(), null, null, details);
    }

    public static AuditEntry loginFailed(String reason) {
        return new AuditEntry(LOGIN_FAILED, "user-session", List.of(), null, null, Map.of("reason", reason));
    }
}
