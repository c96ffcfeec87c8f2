package uk.police.ecu.casework.intake;

/**
 * A problem with the file as a whole (not text, not CSV, a required column missing, no rows): one
 * clear message for the person who uploaded it, and nothing from the file is imported.
 */
public class CsvFileException extends RuntimeException {

    public CsvFileException(String message) {
        super(message);
    }
}
