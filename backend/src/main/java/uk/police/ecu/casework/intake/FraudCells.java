package uk.police.ecu.casework.intake;

import java.util.Locale;
import java.util.regex.Pattern;

/** Parsers for the identifiers every fraud file carries: the crime reference and the NFIB code. */
public final class FraudCells {

    // Same rule as the JSON intake (fraud.Dissemination), so a crime is the same whichever way it arrives.
    private static final Pattern CRIME_REFERENCE = Pattern.compile("[A-Z0-9/-]{4,40}");
    private static final Pattern NFIB_CODE = Pattern.compile("NFIB\\d{1,4}[A-Z]?");

    private FraudCells() {
    }

    /** A crime reference in upper case. */
    public static CellParser<String> crimeReference() {
        return value -> {
            String reference = value.toUpperCase(Locale.ROOT);
            if (!CRIME_REFERENCE.matcher(reference).matches()) {
                throw new InvalidCellException("Must be 4 to 40 letters, digits, / or -");
            }
            return reference;
        };
    }

    /**
     * An NFIB code in upper case: anything shaped like one, known or not, because the reference list
     * is incomplete; callers flag the unknown ones for review.
     */
    public static CellParser<String> nfibCode() {
        return value -> {
            String code = value.toUpperCase(Locale.ROOT);
            if (!NFIB_CODE.matcher(code).matches()) {
                throw new InvalidCellException("Must be an NFIB code such as NFIB1D");
            }
            return code;
        };
    }
}
