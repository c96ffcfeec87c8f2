package uk.police.ecu.casework.recovery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One person on the programme, from referral to exit, as {@code o2r_participant} holds them. */
record Participant(String reference, String name, LocalDate dateOfBirth, String pncId, String localAuthority,
                   LocalDate referralDate, String referralSource, String substanceMisuse,
                   BigDecimal weeklyDrugSpendGbp, String referralNotes, String referredBy, String status,
                   List<String> ineligibilityReasons, Boolean willingToEngage, Boolean consentToTreatment,
                   Boolean consentToInfoSharing, String assessmentNotes, String assessedBy, LocalDate assessedOn,
                   LocalDate enrolmentDate, String keyWorker, LocalDate programmeEndsOn, String exitReason,
                   LocalDate exitDate, String exitNotes, String leftBeforeEnrolmentReason,
                   LocalDate leftBeforeEnrolmentOn, String leftBeforeEnrolmentNotes, LocalDate diedOn) {
}
