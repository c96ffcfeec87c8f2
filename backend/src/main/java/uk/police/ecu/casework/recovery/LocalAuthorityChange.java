package uk.police.ecu.casework.recovery;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One change to an area's place on the programme, as the area's history shows it. */
record LocalAuthorityChange(OffsetDateTime changedAt, String changedBy, String status, LocalDate pilotFrom,
                            LocalDate liveFrom, String note) {
}
