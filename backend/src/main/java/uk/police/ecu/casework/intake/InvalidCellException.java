package uk.police.ecu.casework.intake;

/** A cell value a {@link CellParser} cannot accept; the message is the reason shown to the user. */
public class InvalidCellException extends RuntimeException {

    public InvalidCellException(String reason) {
        // Thrown for ordinary bad input, possibly thousands of times a file: no stack trace needed.
        super(reason, null, false, false);
    }
}
