package uk.police.ecu.casework.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One good row of a weekly victim list: a person on one reported crime. Optional fields are null
 * when the cell was blank.
 *
 * @param line           the physical line the row starts on
 * @param crimeReference upper case
 * @param nfibCode       upper case, shaped like an NFIB code; one not on the reference list is flagged and
 *                       counts as no particular fraud type in screening
 * @param forename       on one line, runs of spaces made one
 * @param phone          one form however written ({@link ContactCells#ukPhone()}): 07700900123
 * @param postcode       upper case, one space before the last three characters
 * @param ndmScore       National Decision Model vulnerability score, 1 to 10 (higher is more vulnerable)
 * @param lossGbp        pounds, two decimal places
 * @param listWeek       the Monday of the week the list covers
 * @param flags          what the report must say about a row kept anyway: a code not on the list, a contact
 *                       detail left out because it was not one
 */
public record VictimListRow(
        int line,
        String crimeReference,
        LocalDate reportedDate,
        String nfibCode,
        String forename,
        String surname,
        LocalDate dateOfBirth,
        String phone,
        String email,
        String postcode,
        Integer ndmScore,
        BigDecimal lossGbp,
        LocalDate listWeek,
        List<RowError> flags) {

    public VictimListRow {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /** A row with nothing to flag. */
    public VictimListRow(int line, String crimeReference, LocalDate reportedDate, String nfibCode, String forename,
                         String surname, LocalDate dateOfBirth, String phone, String email, String postcode,
                         Integer ndmScore, BigDecimal lossGbp, LocalDate listWeek) {
        this(line, crimeReference, reportedDate, nfibCode, forename, surname, dateOfBirth, phone, email, postcode,
                ndmScore, lossGbp, listWeek, List.of());
    }
}
