package uk.police.ecu.casework.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * The text of an uploaded CSV file for Commons CSV to parse: decoded by {@link CsvTextReader} (UTF-8, or
 * Windows-1252 as Excel saves "CSV (Comma delimited)"), without a leading byte order mark, refused where it
 * is not text or breaks the {@link CsvLimits}. This reader, not the parser, names the line of a refusal: the
 * parser reads ahead, so only the reader knows the line the bad bytes sit on.
 *
 * <p>Every good character is handed over before a refusal, which comes on the read after them, so the
 * rows before the problem are parsed first, as a person reading the file would find them.
 */
final class CsvText extends Reader {

    private static final char BOM = '\uFEFF';
    private static final String SAVE_AS_CSV_UTF8 = "Save it as \"CSV UTF-8\" and upload it again";

    private final CsvTextReader text;
    private final CsvLimits limits = new CsvLimits();
    private int line = 1;
    private boolean afterCarriageReturn;
    private boolean started;
    private Refusal refusal;

    /** Refuses at once a spreadsheet or other known kind of file renamed .csv, naming what it is. */
    CsvText(InputStream in) {
        this.text = new CsvTextReader(refuseKnownBinaryFiles(in));
    }

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

    @Override
    public int read(char[] buffer, int offset, int length) throws Refusal {
        if (refusal != null) {
            throw refusal;
        }
        int n = 0;
        while (n < length) {
            int c = next();
            if (c == CsvTextReader.END) {
                break;
            }
            buffer[offset + n++] = (char) c;
        }
        if (n == 0 && refusal != null) {
            throw refusal;
        }
        return n == 0 && length > 0 ? -1 : n;
    }

    /** The next character, {@link CsvTextReader#END}, or {@code END} with {@link #refusal} set. */
    private int next() {
        int c;
        try {
            c = text.read();
        } catch (CsvTextReader.NotTextException e) {
            return refuse(new CsvFileException(notTextMessage(e.reason())));
        }
        if (!started) {
            started = true;
            if (c == BOM) {
                return next();
            }
        }
        if (c != CsvTextReader.END && c < ' ' && c != '\t' && c != '\n' && c != '\r') {
            return refuse(new CsvFileException("The file is not CSV text: it has binary content (line %d)".formatted(line)));
        }
        try {
            if (c == CsvTextReader.END) {
                limits.end();
            } else {
                limits.follow((char) c, line);
            }
        } catch (CsvFileException e) {
            return refuse(e);
        }
        countLines(c);
        return c;
    }

    private int refuse(CsvFileException reason) {
        refusal = new Refusal(reason);
        return CsvTextReader.END;
    }

    /** CRLF, LF and CR each end a line, as they do for the parser. */
    private void countLines(int c) {
        if (c == '\r' || c == '\n' && !afterCarriageReturn) {
            line++;
        }
        afterCarriageReturn = c == '\r';
    }

    private String notTextMessage(CsvTextReader.NotTextException.Reason reason) {
        return switch (reason) {
            case MIXED_ENCODINGS -> "The file is not UTF-8 text (line %d): it mixes UTF-8 with another encoding. %s"
                    .formatted(line, SAVE_AS_CSV_UTF8);
            case NOT_WINDOWS_1252 -> "The file is not text in UTF-8 or Windows-1252 (line %d). %s"
                    .formatted(line, SAVE_AS_CSV_UTF8);
        };
    }

    @Override
    public void close() {
        // The caller owns the stream.
    }

    /** Why the file is refused; an IOException so that it passes through the parser. */
    static final class Refusal extends IOException {

        Refusal(CsvFileException reason) {
            super(reason.getMessage(), reason);
        }

        CsvFileException reason() {
            return (CsvFileException) getCause();
        }
    }
}
