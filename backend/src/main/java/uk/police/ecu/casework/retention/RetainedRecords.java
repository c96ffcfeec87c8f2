package uk.police.ecu.casework.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The records of one type in the retention schedule, as the feature that owns them knows them. Each
 * feature that holds personal data registers one (a Spring bean); the review and erasure work through
 * this interface only, so a new record type needs a schedule row and a bean, nothing else.
 */
public interface RetainedRecords {

    /** The schedule row these records follow; also the record type on the audit trail. */
    String recordType();

    /**
     * Records whose retention clock started on or before the given day and that still hold personal
     * data, oldest first. The summary never names a person.
     */
    List<RetainedRecord> heldSince(LocalDate startedOnOrBefore, int limit);

    /** The day the record's retention clock started (its outcome, its upload); empty if it has not started. */
    Optional<LocalDate> retainedFrom(String recordId);

    /**
     * Removes the personal data from one record, in the caller's transaction. A record already erased
     * is left as it is and says so.
     *
     * @throws uk.police.ecu.casework.shared.NotFoundException when there is no such record
     * @throws uk.police.ecu.casework.shared.ConflictException when it is still being worked and cannot be erased yet
     */
    Erasure erase(String recordId, ErasureStamp stamp);
}
