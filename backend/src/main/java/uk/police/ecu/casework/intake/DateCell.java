package uk.police.ecu.casework.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates written as {@code 2024-03-01} or as {@code 01/03/2024} (day first, the UK way; {@code 1/3/2024} too). */
public final class DateCell implements CellParser<LocalDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern UK = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final DateTimeFormatter UK_FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    // Nobody alive was born before this: an earlier date of birth is a typing slip (1066, 0019) or a placeholder.
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final LocalDate earliest;
    private final LocalDate latest;

    private DateCell(LocalDate earliest, LocalDate latest) {
        this.earliest = earliest;
        this.latest = latest;
    }

    /** Any real date. */
    public static DateCell any() {
        return new DateCell(LocalDate.MIN, LocalDate.MAX);
    }

    /** A real date no later than {@code today}: for things that have already happened. */
    public static DateCell notAfter(LocalDate today) {
        return new DateCell(LocalDate.MIN, today);
    }

    /** A date of birth: no later than {@code today} and not before 1900. */
    public static DateCell dateOfBirth(LocalDate today) {
        return new DateCell(EARLIEST_BIRTH, today);
    }

    @Override
    public LocalDate parse(String value) {
        LocalDate date = toDate(value);
        if (date.isAfter(latest)) {
            throw new InvalidCellException("Must not be in the future (today is %s)".formatted(latest.format(UK_FORMAT)));
        }
        if (date.isBefore(earliest)) {
            throw new InvalidCellException("Must not be before %s".formatted(earliest.format(UK_FORMAT)));
        }
        return date;
    }

    private static LocalDate toDate(String value) {
        Matcher iso = ISO.matcher(value);
        if (iso.matches()) {
            return realDate(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher uk = UK.matcher(value);
        if (uk.matches()) {
            return realDate(uk.group(3), uk.group(2), uk.group(1));
        }
        throw new InvalidCellException("Must be a date written as 2024-03-01 or 01/03/2024");
    }

    private static LocalDate realDate(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new InvalidCellException("Must be a real date");
        }
    }
}
