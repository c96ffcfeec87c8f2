package uk.police.ecu.casework.intake;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import uk.police.ecu.casework.reference.PolicingArea;

/**
 * Reads a CSV file of NFIB disseminations. Pure: it writes nothing, and is given the reference data
 * it checks against. Every good row is handed over; every bad row is reported with all its problems;
 * a crime reference already seen earlier in the same file is a problem of the later row.
 *
 * <p>Whole-file problems are thrown as {@link CsvFileException}. A header problem comes before any
 * row, but bytes that are not UTF-8 or a quote never closed are only found where they are, so run
 * {@link #countRows} first (one quick pass, also good for a progress total) before importing rows
 * as they stream, or import them in one transaction.
 */
public final class DisseminationCsvReader {

    public static final CsvColumns COLUMNS = new CsvColumns(
            List.of("crime_reference", "reported_date", "nfib_code", "victim_type", "victim_name"),
            List.of("victim_date_of_birth", "victim_email", "victim_phone", "victim_postcode", "loss_gbp",
                    "ndm_score", "policing_area", "summary", "suspect_details"));

    private final CsvReader csv = new CsvReader(COLUMNS);
    private final Set<String> knownNfibCodes;
    private final List<PolicingArea> policingAreas;
    private final Clock clock;

    /** @param clock gives today, the latest reported date and date of birth accepted */
    public DisseminationCsvReader(Set<String> knownNfibCodes, Collection<PolicingArea> policingAreas, Clock clock) {
        this.knownNfibCodes = knownNfibCodes.stream().map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.policingAreas = List.copyOf(policingAreas);
        this.clock = clock;
    }

    private static final String REPEATED_REFERENCE = "Crime reference %s already appears on line %d";

    /** Whether this refusal is only "the crime is on an earlier line too" (which {@link DisseminationRepeats} settles). */
    static boolean isRepeatRefusal(RowError error) {
        return "crime_reference".equals(error.column()) && error.reason().startsWith("Crime reference ")
                && error.reason().contains(" already appears on line ");
    }

    /** Streams the good rows and the problems, in file order; returns how many data rows the file has. */
    public int read(InputStream in, Consumer<DisseminationRow> rows, Consumer<RowError> errors) {
        DisseminationRowMapper mapper = new DisseminationRowMapper(knownNfibCodes, policingAreas, LocalDate.now(clock));
        Map<String, Integer> firstLineOfReference = new HashMap<>();
        return csv.read(in, csvRow -> {
            RowCells cells = new RowCells(csvRow);
            DisseminationRow row = mapper.map(cells);
            if (row.crimeReference() != null) {
                Integer first = firstLineOfReference.putIfAbsent(row.crimeReference(), row.line());
                if (first != null) {
                    cells.reject("crime_reference",
                            REPEATED_REFERENCE.formatted(row.crimeReference(), first));
                }
            }
            if (cells.hasErrors()) {
                cells.errors().forEach(errors);
            } else {
                rows.accept(row);
            }
        });
    }

    /** Reads the whole file into memory: for files of a size a person uploads, not for streaming imports. */
    public DisseminationCsvResult readAll(InputStream in) {
        List<DisseminationRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        read(in, rows::add, errors::add);
        return new DisseminationCsvResult(rows, errors);
    }

    /** The number of data rows, checking the whole file for file-level problems without reading the rows. */
    public int countRows(InputStream in) {
        return csv.countRows(in);
    }
}
