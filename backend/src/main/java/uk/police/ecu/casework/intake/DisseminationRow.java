package uk.police.ecu.casework.intake;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One good row of a dissemination file. Optional fields are null when the cell was blank.
 *
 * @param line             the physical line the row starts on
 * @param crimeReference   upper case
 * @param nfibCode         upper case
 * @param nfibCodeUnknown  the code has the shape of an NFIB code but is not in the reference list: flag it for review
 * @param victimPhone      digits with any leading {@code +}
 * @param victimPostcode   upper case, one space before the last three characters
 * @param lossGbp          pounds, two decimal places
 * @param ndmScore         National Decision Model vulnerability score, 1 to 10 (higher is more vulnerable)
 * @param policingAreaId   id of the matched {@link uk.police.ecu.casework.reference.PolicingArea}
 */
public record DisseminationRow(
        int line,
        String crimeReference,
        LocalDate reportedDate,
        String nfibCode,
        boolean nfibCodeUnknown,
        VictimType victimType,
        String victimName,
        LocalDate victimDateOfBirth,
        String victimEmail,
        String victimPhone,
        String victimPostcode,
        BigDecimal lossGbp,
        Integer ndmScore,
        String policingAreaId,
        String summary,
        String suspectDetails) {
}
