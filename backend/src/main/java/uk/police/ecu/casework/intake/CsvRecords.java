package uk.police.ecu.casework.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the records of an uploaded CSV file, parsed by Commons CSV from {@link CsvText}: RFC 4180 with
 * CRLF, LF or CR line ends and quoted values holding commas, doubled quotes and line breaks. Each record
 * carries the physical line it starts on, so errors point at the line a person sees in a text editor.
 * Anything that means the file is not CSV text, or breaks the {@link CsvLimits}, is a {@link CsvFileException}.
 */
final class CsvRecords {

    /**
     * Lenient where spreadsheets and people are messy: spaces before an opening quote are dropped, a quote
     * inside an unquoted value is kept as a character, and so is text after a closing quote. Empty lines
     * are records (blank ones, which the caller skips) so that the parser's line count stays the file's.
     * {@link CsvLimits} follows the text as this format reads it.
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true)
            .setTrailingData(true)
            .get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    CsvRecords(InputStream in) {
        try {
            this.parser = FORMAT.parse(new CsvText(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.records = parser.iterator();
    }

    /** The next record, or {@code null} at the end of the file. */
    CsvRecord next() {
        // Between records the parser has read up to and including the last one's line end, no further.
        int line = Math.toIntExact(parser.getCurrentLineNumber() + 1);
        try {
            return records.hasNext() ? record(line, records.next()) : null;
        } catch (UncheckedIOException e) {
            throw refusal(e.getCause(), line);
        }
    }

    /**
     * Commons CSV keeps a quoted line break as written; every one becomes {@code \n}, so a value reads the
     * same from a file saved on Windows, a Mac or Linux.
     */
    private static CsvRecord record(int line, CSVRecord record) {
        List<String> values = new ArrayList<>(record.size());
        for (String value : record) {
            values.add(value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n'));
        }
        return new CsvRecord(line, values);
    }

    private static RuntimeException refusal(IOException cause, int line) {
        if (cause instanceof CsvText.Refusal refusal) {
            return refusal.reason();
        }
        if (cause instanceof CSVException) {
            // CsvText refuses the one invalid CSV this format knows, a quote never closed, before the parser meets it;
            // should a later version find more, the uploader still gets a reason rather than a server error.
            return new CsvFileException("The row on line %d is not valid CSV".formatted(line));
        }
        return new UncheckedIOException(cause);
    }
}
