package uk.police.ecu.casework.audit;

/**
 * The outcome of checking the hash chain: intact with how many rows and the last one checked, or the first
 * row that breaks it.
 */
public record AuditVerification(boolean intact, long checkedRecords, Long lastVerifiedRecordId,
                                Long firstBrokenRecordId, String message) {

    static AuditVerification intact(long checked, long lastId) {
        return new AuditVerification(true, checked, checked == 0 ? null : lastId, null,
                "Audit trail intact: " + checked + " record" + (checked == 1 ? "" : "s") + " verified");
    }

    static AuditVerification broken(long checked, long id, String reason) {
        return new AuditVerification(false, checked, null, id, "Audit trail BROKEN at record " + id + ": " + reason);
    }
}
