package uk.police.ecu.casework.intake;

import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads a CSV file with a header row: checks the header against the expected columns, then streams
 * each data row, skipping blank lines. Whole-file problems are thrown as {@link CsvFileException};
 * some (bytes that are not UTF-8, a quote never closed) only show where they occur, after earlier
 * rows have been handed over, so a caller that stores rows as they come must be able to undo them.
 */
public final class CsvReader {

    private final CsvColumns columns;

    public CsvReader(CsvColumns columns) {
        this.columns = columns;
    }

    /** Streams every data row to {@code rows}; returns how many there were. */
    public int read(InputStream in, Consumer<CsvRow> rows) {
        CsvRecords records = new CsvRecords(in);
        CsvRecord first = nextNonBlank(records);
        if (first == null) {
            throw noRows();
        }
        CsvHeader header = CsvHeader.of(first, columns);
        int count = 0;
        for (CsvRecord record = nextNonBlank(records); record != null; record = nextNonBlank(records)) {
            rows.accept(new CsvRow(header, record));
            count++;
        }
        if (count == 0) {
            throw noRows();
        }
        return count;
    }

    /**
     * Counts the data rows without interpreting them: one quick pass that also finds every
     * whole-file problem, e.g. to check a file and show progress before importing it.
     */
    public int countRows(InputStream in) {
        return read(in, row -> { });
    }

    private static CsvRecord nextNonBlank(CsvRecords records) {
        CsvRecord record = records.next();
        while (record != null && record.isBlank()) {
            record = records.next();
        }
        return record;
    }

    private static CsvFileException noRows() {
        return new CsvFileException("The file has no rows");
    }
}
