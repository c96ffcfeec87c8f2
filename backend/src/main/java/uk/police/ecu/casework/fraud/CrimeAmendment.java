package uk.police.ecu.casework.fraud;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A dissemination NFIB sent again with changed content, as the case page and the review task show it: what
 * changed (each fact before and after), where it came from, and who acknowledged it, when.
 */
public record CrimeAmendment(long id, String crimeReference, UUID importJobId, Integer importLine,
                             List<AmendedFields.FieldChange> changes, String summary, String receivedBy,
                             OffsetDateTime receivedAt, String acknowledgedBy, OffsetDateTime acknowledgedAt) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
