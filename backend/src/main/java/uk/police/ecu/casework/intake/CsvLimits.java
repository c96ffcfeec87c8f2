package uk.police.ecu.casework.intake;

/**
 * The limits on the rows of an uploaded CSV file, checked as its text passes to Commons CSV: a value of at
 * most 100,000 characters, a row of at most 1,000 values, every quote closed. Commons CSV has no limits
 * and holds a whole row before handing it over, so without these one 25 MB row of {@code a,a,a…} takes
 * about 770 MB of heap, and a quote never closed makes the rest of the file one value.
 *
 * <p>To count what the parser will make of the text, this follows the format {@link CsvRecords} gives it:
 * a quote opens a value only after nothing but whitespace, a doubled quote inside it is one quote, text
 * after its closing quote belongs to the value, and CR, LF or CRLF ends a row outside quotes. Lengths are
 * counted as written (a line break as one character, spaces around a value included).
 */
final class CsvLimits {

    static final int MAX_VALUE_LENGTH = 100_000;
    static final int MAX_VALUES = 1_000;

    private enum Place { VALUE_START, VALUE, QUOTED, QUOTE_IN_QUOTED }

    private Place place = Place.VALUE_START;
    private int rowLine = 1;
    private int quoteLine;
    private int values = 1;
    private int length;
    private boolean afterCarriageReturn;

    /** Follows one character, on {@code line}; refuses it where it takes its row past a limit. */
    void follow(char c, int line) {
        boolean lineFeedEndingCrLf = afterCarriageReturn && c == '\n';
        afterCarriageReturn = c == '\r';
        if (lineFeedEndingCrLf) {
            return;
        }
        switch (place) {
            case VALUE_START -> {
                if (c == '"') {
                    quoteLine = line;
                    length = 0;
                    place = Place.QUOTED;
                } else {
                    unquoted(c, line, Character.isWhitespace(c) ? Place.VALUE_START : Place.VALUE);
                }
            }
            case VALUE -> unquoted(c, line, Place.VALUE);
            case QUOTED -> {
                if (c == '"') {
                    place = Place.QUOTE_IN_QUOTED;
                } else {
                    grow();
                }
            }
            case QUOTE_IN_QUOTED -> unquoted(c, line, c == '"' ? Place.QUOTED : Place.VALUE);
        }
    }

    /** The end of the text: refused inside a quoted value. */
    void end() {
        if (place == Place.QUOTED) {
            throw new CsvFileException("A quoted value that starts on line %d is never closed".formatted(quoteLine));
        }
    }

    private void unquoted(char c, int line, Place next) {
        if (c == ',') {
            nextValue();
        } else if (c == '\r' || c == '\n') {
            nextRow(line);
        } else {
            grow();
            place = next;
        }
    }

    private void grow() {
        if (++length > MAX_VALUE_LENGTH) {
            throw new CsvFileException("A value in the row on line %d is longer than %,d characters (is a closing quote missing?)"
                    .formatted(rowLine, MAX_VALUE_LENGTH));
        }
    }

    private void nextValue() {
        if (++values > MAX_VALUES) {
            throw new CsvFileException("The row on line %d has more than %,d values".formatted(rowLine, MAX_VALUES));
        }
        length = 0;
        place = Place.VALUE_START;
    }

    private void nextRow(int line) {
        rowLine = line + 1;
        values = 1;
        length = 0;
        place = Place.VALUE_START;
    }
}
