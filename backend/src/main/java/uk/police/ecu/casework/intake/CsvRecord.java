package uk.police.ecu.casework.intake;

import java.util.List;

/** One CSV record: its values (quotes and the spaces around unquoted values removed) and the physical line it starts on. */
public record CsvRecord(int line, List<String> values) {

    public CsvRecord {
        values = List.copyOf(values);
    }

    /** True for an empty line or a row of empty cells, which spreadsheets leave at the end of exports. */
    public boolean isBlank() {
        return values.stream().allMatch(String::isBlank);
    }
}
