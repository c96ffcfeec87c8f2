package uk.police.ecu.casework.fraud;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What is known about a disseminated crime (a row of {@code crime}). */
public record Crime(String crimeReference, LocalDate reportedDate, String nfibCode, String originalNfibCode,
                    boolean nfibCodeUnknown, String victimType, String victimName, LocalDate victimDateOfBirth,
                    String victimEmail, String victimPhone, String victimPostcode, BigDecimal lossGbp,
                    Integer ndmScore, String policingArea, String summary, String suspectDetails, String status,
                    String priority, String triageDecision, String filingRationale, String allocatedTeam,
                    String allocatedOfficer, String outcomeCode, String homeOfficeOutcome, LocalDate outcomeDate,
                    OffsetDateTime finalisedAt, OffsetDateTime receivedAt, String receivedBy) {
}
