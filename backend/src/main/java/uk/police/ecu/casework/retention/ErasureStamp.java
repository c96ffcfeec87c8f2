package uk.police.ecu.casework.retention;

import java.time.OffsetDateTime;

/** When and by whom personal data is being erased, written on the record itself. */
public record ErasureStamp(OffsetDateTime at, String by) {
}
