package uk.police.ecu.casework.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the records of an RFC 4180 CSV file from UTF-8 bytes (with or without a byte order mark), or
 * Windows-1252 as Excel saves "CSV (Comma delimited)" (see {@link CsvTextReader}):
 * comma separated, CRLF, LF or CR line ends, quoted values holding commas, doubled quotes and line
 * breaks. Each record carries the physical line it starts on, so errors point at the line a person
 * sees in a text editor. Only the current record is held in memory.
 *
 * <p>Lenient where spreadsheets and people are messy: spaces before an opening quote are dropped and
 * a quote inside an unquoted value is kept as a character. Anything that means the file is not CSV
 * text is a {@link CsvFileException}.
 */
public final class CsvTokenizer {

    static final int MAX_VALUE_LENGTH = 100_000;
    static final int MAX_VALUES = 1_000;

    private static final int END = CsvTextReader.END;
    private static final int NONE = -2;
    private static final char BOM = '\uFEFF';

    private static final String SAVE_AS_CSV_UTF8 = "Save it as \"CSV UTF-8\" and upload it again";

    private final CsvTextReader text;
    private int line = 1;
    private boolean afterLineBreak;
    private boolean started;
    private int peeked = NONE;

    public CsvTokenizer(InputStream in) {
        this.text = new CsvTextReader(refuseKnownBinaryFiles(in));
    }

    /** A spreadsheet or other file renamed .csv is named for what it is, before any of it is read as text. */
    private static InputStream refuseKnownBinaryFiles(InputStream in) {
        BufferedInputStream buffered = new BufferedInputStream(in);
        try {
            buffered.mark(FileSignature.LONGEST);
            byte[] head = buffered.readNBytes(FileSignature.LONGEST);
            buffered.reset();
            FileSignature.of(head).ifPresent(kind -> {
                throw new CsvFileException(("The file is not CSV text: it is %s. Upload the list as a CSV file "
                        + "(in Excel: Save As, \"CSV UTF-8\")").formatted(kind));
            });
            return buffered;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next record, or {@code null} at the end of the file. */
    public CsvRecord next() {
        int c = read();
        if (c == END) {
            return null;
        }
        int start = line;
        List<String> values = new ArrayList<>();
        while (true) {
            StringBuilder value = new StringBuilder();
            c = readValue(c, value, start);
            if (values.size() == MAX_VALUES) {
                throw new CsvFileException("The row on line %d has more than %,d values".formatted(start, MAX_VALUES));
            }
            values.add(value.toString());
            if (c != ',') {
                return new CsvRecord(start, values);
            }
            c = read();
        }
    }

    /** Reads one value starting with {@code c}; returns what ended it: a comma, a line break or the end. */
    private int readValue(int c, StringBuilder value, int recordLine) {
        boolean onlySpaces = true;
        boolean quoted = false;
        while (c != ',' && c != '\n' && c != END) {
            if (c == '"' && onlySpaces && !quoted) {
                value.setLength(0);
                readQuoted(value, recordLine);
                quoted = true;
            } else {
                onlySpaces &= c == ' ' || c == '\t';
                append(value, c, recordLine);
            }
            c = read();
        }
        return c;
    }

    /** Reads a quoted section after its opening quote, up to and including the closing quote. */
    private void readQuoted(StringBuilder value, int recordLine) {
        int opened = line;
        while (true) {
            int c = read();
            if (c == END) {
                throw new CsvFileException("A quoted value that starts on line %d is never closed".formatted(opened));
            }
            if (c == '"') {
                if (peek() != '"') {
                    return;
                }
                read();
            }
            append(value, c, recordLine);
        }
    }

    private void append(StringBuilder value, int c, int recordLine) {
        if (value.length() == MAX_VALUE_LENGTH) {
            throw new CsvFileException("A value in the row on line %d is longer than %,d characters (is a closing quote missing?)"
                    .formatted(recordLine, MAX_VALUE_LENGTH));
        }
        value.append((char) c);
    }

    private int peek() {
        if (peeked == NONE) {
            peeked = decode();
        }
        return peeked;
    }

    /** The next character with every kind of line break turned into {@code '\n'}, counting lines. */
    private int read() {
        if (afterLineBreak) {
            line++;
            afterLineBreak = false;
        }
        int c = peek();
        peeked = NONE;
        afterLineBreak = c == '\n' || c == '\r';
        if (c == '\r') {
            if (peek() == '\n') {
                peeked = NONE;
            }
            c = '\n';
        }
        return c;
    }

    private int decode() {
        int c;
        try {
            c = text.read();
        } catch (CsvTextReader.NotTextException e) {
            throw new CsvFileException(notTextMessage(e.reason()));
        }
        if (!started) {
            started = true;
            if (c == BOM) {
                return decode();
            }
        }
        if (c != END && c < ' ' && c != '\t' && c != '\n' && c != '\r') {
            throw new CsvFileException("The file is not CSV text: it has binary content (line %d)"
                    .formatted(lineOfNextCharacter()));
        }
        return c;
    }

    private String notTextMessage(CsvTextReader.NotTextException.Reason reason) {
        int at = lineOfNextCharacter();
        return switch (reason) {
            case MIXED_ENCODINGS -> "The file is not UTF-8 text (line %d): it mixes UTF-8 with another encoding. %s"
                    .formatted(at, SAVE_AS_CSV_UTF8);
            case NOT_WINDOWS_1252 -> "The file is not text in UTF-8 or Windows-1252 (line %d). %s"
                    .formatted(at, SAVE_AS_CSV_UTF8);
        };
    }

    private int lineOfNextCharacter() {
        return afterLineBreak ? line + 1 : line;
    }
}
