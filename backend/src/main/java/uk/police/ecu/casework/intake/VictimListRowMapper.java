package uk.police.ecu.casework.intake;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/** Turns one row of a weekly victim list into a {@link VictimListRow}, recording every problem in its cells. */
final class VictimListRowMapper {

    private static final int MAX_NAME = 200;
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Set<String> knownNfibCodes;
    private final DateCell pastDate;
    private final LocalDate uploadWeek;

    /**
     * @param knownNfibCodes upper case; a listing must name a fraud type the unit can screen
     * @param uploadedOn     the latest date accepted, and the week of a row with no {@code list_week}
     */
    VictimListRowMapper(Set<String> knownNfibCodes, LocalDate uploadedOn) {
        this.knownNfibCodes = knownNfibCodes;
        this.pastDate = DateCell.notAfter(uploadedOn);
        this.uploadWeek = mondayOf(uploadedOn);
    }

    /** The row's values; only meaningful when {@code cells} has no errors afterwards. */
    VictimListRow map(RowCells cells) {
        String nfibCode = cells.required("nfib_code", FraudCells.nfibCode());
        if (nfibCode != null && !knownNfibCodes.contains(nfibCode)) {
            cells.reject("nfib_code", "Unknown NFIB code: it is not in the reference list of fraud types");
        }
        LocalDate reported = cells.required("reported_date", pastDate);
        LocalDate dateOfBirth = cells.optional("victim_date_of_birth", pastDate);
        if (dateOfBirth != null && reported != null && dateOfBirth.isAfter(reported)) {
            cells.reject("victim_date_of_birth",
                    "Must not be after the reported date (%s)".formatted(reported.format(UK_DATE)));
        }
        LocalDate listWeek = cells.optional("list_week", pastDate);
        return new VictimListRow(
                cells.line(),
                cells.required("crime_reference", FraudCells.crimeReference()),
                reported,
                nfibCode,
                cells.required("victim_forename", CellParser.name(MAX_NAME)),
                cells.required("victim_surname", CellParser.name(MAX_NAME)),
                dateOfBirth,
                cells.optional("victim_phone", ContactCells.ukPhone()),
                cells.optional("victim_email", ContactCells.email()),
                cells.optional("victim_postcode", ContactCells.ukPostcode()),
                cells.optional("ndm_score", CellParser.integer(1, 10)),
                cells.optional("loss_gbp", new MoneyCell()),
                listWeek == null ? uploadWeek : mondayOf(listWeek));
    }

    private static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
