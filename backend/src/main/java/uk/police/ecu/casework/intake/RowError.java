package uk.police.ecu.casework.intake;

/**
 * One problem with one row of a file: the physical line the row starts on, the column (null when the
 * problem is the row as a whole), the value as the user wrote it (shortened if long) and why it was refused,
 * or, for a row kept anyway, why it is flagged.
 */
public record RowError(int line, String column, String value, String reason) {

    private static final int MAX_SHOWN = 100;

    static RowError of(int line, String column, String value, String reason) {
        String shown = value.length() <= MAX_SHOWN ? value : value.substring(0, MAX_SHOWN) + "…";
        return new RowError(line, column, shown, reason);
    }
}
