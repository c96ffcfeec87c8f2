package uk.police.ecu.casework.fraud;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;

/**
 * What is known about a disseminated crime (a row of {@code crime}). {@code courierFraud}: marked at triage, as
 * courier fraud has no NFIB code of its own.
 */
public record Crime(String crimeReference, LocalDate reportedDate, String nfibCode, String originalNfibCode,
                    boolean nfibCodeUnknown, String victimType, String victimName, LocalDate victimDateOfBirth,
                    String victimEmail, String victimPhone, String victimPostcode, BigDecimal lossGbp,
                    Integer ndmScore, String policingArea, String summary, String suspectDetails, String status,
                    String priority, String triageDecision, String filingRationale, String allocatedTeam,
                    String allocatedOfficer, String outcomeCode, String homeOfficeOutcome, LocalDate outcomeDate,
                    OffsetDateTime finalisedAt, OffsetDateTime receivedAt, String receivedBy,
                    boolean courierFraud) {

    /** The victim's age in whole years on the report date, if the date of birth is known. */
    public Integer victimAgeOnReport() {
        if (victimDateOfBirth == null || reportedDate == null) {
            return null;
        }
        return Period.between(victimDateOfBirth, reportedDate).getYears();
    }
}
