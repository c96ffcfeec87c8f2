package uk.police.ecu.casework.intake;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads a weekly victim list: a CSV file of the people in the force area who reported fraud, one
 * row per person per crime. Pure: it writes nothing. A crime may have several victims, and the same
 * person on the same crime twice is a duplicate for the import to report, so no row is refused for
 * what another row says. A row missing what a listing needs (a name, the crime, a real date) is refused; a row
 * with an NFIB code not on the reference list, or a contact detail that is not one, is kept with a flag
 * ({@link VictimListRow#flags()}) so the person is still screened.
 */
public final class VictimListCsvReader implements RowReader<VictimListRow> {

    public static final CsvColumns COLUMNS = new CsvColumns(
            List.of("crime_reference", "reported_date", "nfib_code", "victim_forename", "victim_surname"),
            List.of("victim_date_of_birth", "victim_phone", "victim_email", "victim_postcode", "ndm_score",
                    "loss_gbp", "list_week"));

    private final CsvReader csv = new CsvReader(COLUMNS);
    private final VictimListRowMapper mapper;

    /** @param uploadedOn the latest date accepted, and the week of a row with no {@code list_week} */
    public VictimListCsvReader(Set<String> knownNfibCodes, LocalDate uploadedOn) {
        this.mapper = new VictimListRowMapper(knownNfibCodes.stream().map(c -> c.toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet()), uploadedOn);
    }

    @Override
    public int read(InputStream in, Consumer<VictimListRow> rows, Consumer<RowError> errors) {
        return csv.read(in, csvRow -> {
            RowCells cells = new RowCells(csvRow);
            VictimListRow row = mapper.map(cells);
            if (cells.hasErrors()) {
                cells.errors().forEach(errors);
            } else {
                rows.accept(row);
            }
        });
    }
}
