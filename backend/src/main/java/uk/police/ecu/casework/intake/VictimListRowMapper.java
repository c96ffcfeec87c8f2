package uk.police.ecu.casework.intake;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns one row of a weekly victim list into a {@link VictimListRow}, recording every problem in its cells.
 * A row is refused only for what the person cannot be listed and screened without (who they are, which
 * crime, when it was reported); a fraud code not on the reference list, or a contact detail that is not one,
 * is flagged and the person still listed and screened, so nobody goes unscreened for a slip in one cell.
 */
final class VictimListRowMapper {

    private static final int MAX_NAME = 100;
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String LEFT_OUT = "left out, the victim is listed without it";

    private final Set<String> knownNfibCodes;
    private final DateCell pastDate;
    private final DateCell dateOfBirth;
    private final LocalDate uploadWeek;

    /**
     * @param knownNfibCodes upper case; a code not among them is flagged for the code list to be updated
     * @param uploadedOn     the latest date accepted, and the week of a row with no {@code list_week}
     */
    VictimListRowMapper(Set<String> knownNfibCodes, LocalDate uploadedOn) {
        this.knownNfibCodes = knownNfibCodes;
        this.pastDate = DateCell.notAfter(uploadedOn);
        this.dateOfBirth = DateCell.dateOfBirth(uploadedOn);
        this.uploadWeek = mondayOf(uploadedOn);
    }

    /** The row's values; only meaningful when {@code cells} has no errors afterwards. */
    VictimListRow map(RowCells cells) {
        List<RowError> flags = new ArrayList<>();
        String nfibCode = cells.required("nfib_code", FraudCells.nfibCode());
        if (nfibCode != null && !knownNfibCodes.contains(nfibCode)) {
            flags.add(cells.flag("nfib_code", ("NFIB code %s is not on the code list; screened on age, NDM score and "
                    + "repeat victim").formatted(nfibCode)));
        }
        LocalDate reported = cells.required("reported_date", pastDate);
        LocalDate born = cells.optional("victim_date_of_birth", dateOfBirth);
        if (born != null && reported != null && born.isAfter(reported)) {
            cells.reject("victim_date_of_birth",
                    "Must not be after the reported date (%s)".formatted(reported.format(UK_DATE)));
        }
        LocalDate listWeek = cells.optional("list_week", pastDate);
        return new VictimListRow(
                cells.line(),
                cells.required("crime_reference", FraudCells.crimeReference()),
                reported,
                nfibCode,
                cells.required("victim_forename", CellParser.personName(MAX_NAME)),
                cells.required("victim_surname", CellParser.personName(MAX_NAME)),
                born,
                cells.leftOutIfInvalid("victim_phone", ContactCells.ukPhone(), flags, LEFT_OUT),
                cells.leftOutIfInvalid("victim_email", ContactCells.email(), flags, LEFT_OUT),
                cells.leftOutIfInvalid("victim_postcode", ContactCells.ukPostcode(), flags, LEFT_OUT),
                cells.optional("ndm_score", CellParser.integer(1, 10)),
                cells.optional("loss_gbp", new MoneyCell()),
                listWeek == null ? uploadWeek : mondayOf(listWeek),
                flags);
    }

    private static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
