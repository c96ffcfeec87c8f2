package uk.police.ecu.casework.audit;

/** The outcome of checking the hash chain: intact with how many rows, or the first row that breaks it. */
public record AuditVerification(boolean intact, long checkedRecords, Long firstBrokenRecordId, String message) {

    static AuditVerification intact(long checked) {
        return new AuditVerification(true, checked, null,
                "Audit trail intact: " + checked + " record" + (checked == 1 ? "" : "s") + " verified");
    }

    static AuditVerification broken(long checked, long id, String reason) {
        return new AuditVerification(false, checked, id, "Audit trail BROKEN at record " + id + ": " + reason);
    }
}
