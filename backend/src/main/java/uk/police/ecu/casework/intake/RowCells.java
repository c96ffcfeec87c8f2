package uk.police.ecu.casework.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the cells of one row through parsers, collecting every problem rather than stopping at the
 * first, so a user can fix a row in one go.
 */
public final class RowCells {

    private final CsvRow row;
    private final List<RowError> errors = new ArrayList<>();

    public RowCells(CsvRow row) {
        this.row = row;
        int extra = row.valuesBeyondHeader();
        if (extra > 0) {
            errors.add(RowError.of(row.line(), null, "",
                    "The row has %d more value%s than the header has columns: is there a comma in a value without quotes around it?"
                            .formatted(extra, extra == 1 ? "" : "s")));
        }
    }

    public int line() {
        return row.line();
    }

    /** The parsed value, or null (with an error recorded) when the cell is blank or invalid. */
    public <T> T required(String column, CellParser<T> parser) {
        if (row.value(column).isEmpty()) {
            reject(column, "Must not be blank");
            return null;
        }
        return optional(column, parser);
    }

    /** The parsed value, or null when the cell is blank or (with an error recorded) invalid. */
    public <T> T optional(String column, CellParser<T> parser) {
        String value = row.value(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return parser.parse(value);
        } catch (InvalidCellException e) {
            reject(column, e.getMessage());
            return null;
        }
    }

    /**
     * The parsed value, or null when the cell is blank or invalid; an invalid value is not a reason to refuse
     * the row but is left out and flagged, saying so: for a detail the row can do without, such as a phone
     * number, so a mistyped contact detail does not lose the person.
     */
    public <T> T leftOutIfInvalid(String column, CellParser<T> parser, List<RowError> flags, String leftOut) {
        String value = row.value(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return parser.parse(value);
        } catch (InvalidCellException e) {
            flags.add(flag(column, e.getMessage() + "; " + leftOut));
            return null;
        }
    }

    /** A note on a row that is kept, for the report: the column's value and why someone should look at it. */
    public RowError flag(String column, String reason) {
        return RowError.of(row.line(), column, row.value(column), reason);
    }

    /** Records a problem found by a rule beyond one cell's parser, e.g. a duplicate within the file. */
    public void reject(String column, String reason) {
        errors.add(RowError.of(row.line(), column, row.value(column), reason));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<RowError> errors() {
        return List.copyOf(errors);
    }
}
