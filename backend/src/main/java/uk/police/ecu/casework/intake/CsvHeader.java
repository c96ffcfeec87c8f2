package uk.police.ecu.casework.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each column sits in a file, found from its header row by name: case and surrounding spaces
 * ignored, any order, columns nobody asked for ignored.
 */
public final class CsvHeader {

    private final Map<String, Integer> positions;
    private final int width;

    private CsvHeader(Map<String, Integer> positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    /** Reads the header row; a required column missing or a known column given twice is a whole-file error. */
    public static CsvHeader of(CsvRecord header, CsvColumns columns) {
        Map<String, Integer> positions = new HashMap<>();
        List<String> names = header.values();
        for (int i = 0; i < names.size(); i++) {
            String name = CsvColumns.normalise(names.get(i));
            if (positions.putIfAbsent(name, i) != null && columns.isKnown(name)) {
                throw new CsvFileException("The column %s appears more than once in the header (line %d)"
                        .formatted(name, header.line()));
            }
        }
        List<String> missing = columns.required().stream().filter(c -> !positions.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new CsvFileException("The file is missing the required column%s %s. The first row must name the columns: %s"
                    .formatted(missing.size() == 1 ? "" : "s", String.join(", ", missing), String.join(", ", columns.all())));
        }
        return new CsvHeader(positions, names.size());
    }

    /** The value in a column, stripped of surrounding spaces; empty when blank, absent or the row is short. */
    public String value(CsvRecord record, String column) {
        Integer position = positions.get(column);
        if (position == null || position >= record.values().size()) {
            return "";
        }
        return record.values().get(position).strip();
    }

    /** How many non-blank values a row has past the last header column: a sign of an unquoted comma. */
    public int valuesBeyondHeader(CsvRecord record) {
        List<String> values = record.values();
        return (int) values.subList(Math.min(width, values.size()), values.size()).stream()
                .filter(v -> !v.isBlank()).count();
    }
}
