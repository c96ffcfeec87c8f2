package uk.police.ecu.casework.intake;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Light checks of contact details: enough to catch a value in the wrong column or mangled by a
 * spreadsheet, not to prove an address or number exists.
 */
public final class ContactCells {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d{10,15}");
    // A number written with spaces, brackets, dashes or dots, and a leading + or 00 for a number abroad.
    private static final Pattern WRITTEN_PHONE = Pattern.compile("\\+?[\\d\\s().\\-]+");
    private static final Pattern LOCAL_OR_FULL_PHONE = Pattern.compile("\\+?\\d{7,15}");
    private static final int MAX_PHONE = 30;
    private static final int MAX_EMAIL = 254;
    private static final int MAX_POSTCODE = 10;
    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]?\\d[A-Z]{2}");

    private ContactCells() {
    }

    public static CellParser<String> email() {
        return value -> {
            if (value.length() > MAX_EMAIL) {
                throw new InvalidCellException("Must be %d characters or fewer".formatted(MAX_EMAIL));
            }
            if (!EMAIL.matcher(value).matches()) {
                throw new InvalidCellException("Must be an email address such as name@example.com");
            }
            return value;
        };
    }

    /** A phone number, kept as digits with any leading {@code +}: {@code 0121 626 5000} becomes {@code 01216265000}. */
    public static CellParser<String> phone() {
        return value -> {
            String compact = value.replaceAll("[\\s()\\-.]", "");
            if (!PHONE.matcher(compact).matches()) {
                throw new InvalidCellException("Must be a phone number of 10 to 15 digits");
            }
            return compact;
        };
    }

    /**
     * A phone number in one form however it is written, so the same number is recognised again:
     * {@code +44 7700 900123}, {@code 0044 (0)7700 900123} and {@code 07700 900123} are all
     * {@code 07700900123}; a number abroad keeps its {@code +} and country code. A local number of 7 digits
     * (no area code) is still a number someone can be asked about; letters or fewer digits are not.
     */
    public static CellParser<String> ukPhone() {
        return value -> {
            if (value.length() > MAX_PHONE) {
                throw new InvalidCellException("Must be %d characters or fewer".formatted(MAX_PHONE));
            }
            if (!WRITTEN_PHONE.matcher(value).matches()) {
                throw new InvalidCellException("Must be a phone number: digits, with spaces, brackets or dashes");
            }
            String compact = value.replaceAll("[\\s()\\-.]", "");
            if (!LOCAL_OR_FULL_PHONE.matcher(compact).matches()) {
                throw new InvalidCellException("Must be a phone number of 7 to 15 digits");
            }
            return nationalForm(compact);
        };
    }

    static String nationalForm(String compactPhone) {
        String international = compactPhone.startsWith("00") ? "+" + compactPhone.substring(2) : compactPhone;
        if (international.matches("44\\d{10}")) {
            international = "+" + international;
        }
        if (international.startsWith("+44")) {
            return "0" + international.substring(3).replaceFirst("^0", "");
        }
        return international;
    }

    /** A UK postcode in upper case with one space before its last three characters: {@code B4 6NQ}. */
    public static CellParser<String> ukPostcode() {
        return value -> {
            String compact = value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
            if (!POSTCODE.matcher(compact).matches()) {
                throw new InvalidCellException("Must be a UK postcode such as B4 6NQ");
            }
            if (value.length() > MAX_POSTCODE) {
                throw new InvalidCellException("Must be %d characters or fewer".formatted(MAX_POSTCODE));
            }
            return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        };
    }
}
