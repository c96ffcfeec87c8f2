package uk.police.ecu.casework.intake;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The columns a kind of CSV file must have and may have; names are lower case, e.g. {@code crime_reference}. */
public record CsvColumns(List<String> required, List<String> optional) {

    public CsvColumns {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
    }

    public boolean isKnown(String column) {
        return required.contains(column) || optional.contains(column);
    }

    public List<String> all() {
        return Stream.concat(required.stream(), optional.stream()).toList();
    }

    static String normalise(String headerName) {
        return headerName.strip().toLowerCase(Locale.ROOT);
    }
}
