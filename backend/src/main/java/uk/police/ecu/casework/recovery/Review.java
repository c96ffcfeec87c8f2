package uk.police.ecu.casework.recovery;

import java.time.LocalDate;

/** One programme review on its planned date; null parts are not recorded yet. */
record Review(long id, int reviewNumber, LocalDate reviewDate, String engagement, String treatmentNotes,
              String engagementRecordedBy, Integer newOffences, String offendingRecordedBy,
              String reoffendingDecision, String reoffendingRationale, Boolean reEngaged, String reEngagementNotes) {
}
