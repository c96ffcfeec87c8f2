package uk.police.ecu.casework.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The problems the checking pass finds, for the import report. A file with more refused rows than a
 * person could work through from a report (the wrong kind of file, a column shifted all the way down)
 * is refused as a whole, naming the first problem, which also keeps a large file of bad rows from
 * filling the memory with their problems.
 */
final class RefusedRows implements Consumer<RowError> {

    static final int MOST = 10_000;

    private final List<RowError> errors = new ArrayList<>();
    private int rows;
    private int lastLine = -1;

    @Override
    public void accept(RowError error) {
        if (error.line() != lastLine) {
            lastLine = error.line();
            rows++;
            if (rows > MOST) {
                throw tooMany(errors.get(0));
            }
        }
        errors.add(error);
    }

    /** How many rows had at least one problem: a row's problems come together, in file order. */
    int rows() {
        return rows;
    }

    List<RowError> errors() {
        return errors;
    }

    private static CsvFileException tooMany(RowError first) {
        String where = first.column() == null ? "" : ", " + first.column();
        return new CsvFileException(("More than %,d rows would be refused, so the file is refused as a whole and nothing "
                + "was imported. Check it is the right kind of file. The first problem is on line %d%s: %s")
                .formatted(MOST, first.line(), where, first.reason()));
    }
}
