package uk.police.ecu.casework.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A crime reference that appears on more than one line of one dissemination file. Rows that say the same thing
 * count once: the later ones are handed over as good rows, and the import reports each as a repeat of the first
 * line. Rows that disagree are all refused, naming every line, as nobody can tell which one NFIB meant.
 *
 * <p>The whole file is looked at before any row is handed over, so every pass over the same file (the checking
 * pass, and each pass of an import resumed after a crash) hands over the same rows in the same order, whatever
 * the batch boundaries. The file's own reader still decides which rows are good; it refuses every repeat of a
 * reference, and this reader takes back only those refusals of rows that are otherwise good.
 */
final class DisseminationRepeats implements RowReader<DisseminationRow> {

    private final RowReader<DisseminationRow> file;
    private final DisseminationRowMapper mapper;

    DisseminationRepeats(RowReader<DisseminationRow> file, DisseminationRowMapper mapper) {
        this.file = file;
        this.mapper = mapper;
    }

    @Override
    public int read(InputStream in, Consumer<DisseminationRow> rows, Consumer<RowError> errors) {
        byte[] content = readAll(in);
        Repeats repeats = scan(content);
        Pending pending = new Pending(repeats, rows, errors);
        int total = file.read(new ByteArrayInputStream(content), row -> {
            pending.flushUnless(row.line());
            String conflict = repeats.conflicts.get(row.line());
            if (conflict != null) {
                errors.accept(RowError.of(row.line(), "crime_reference", row.crimeReference(), conflict));
            } else {
                rows.accept(row);
            }
        }, error -> {
            pending.flushUnless(error.line());
            pending.add(error);
        });
        pending.flushUnless(-1);
        return total;
    }

    /** The repeats of the file: the later identical rows, and the message for each line of a conflicting reference. */
    private Repeats scan(byte[] content) {
        Map<String, List<DisseminationRow>> byReference = new LinkedHashMap<>();
        new CsvReader(DisseminationCsvReader.COLUMNS).read(new ByteArrayInputStream(content), csvRow -> {
            RowCells cells = new RowCells(csvRow);
            DisseminationRow row = mapper.map(cells);
            if (!cells.hasErrors()) {
                byReference.computeIfAbsent(row.crimeReference(), k -> new ArrayList<>()).add(row);
            }
        });
        Repeats repeats = new Repeats();
        byReference.forEach((reference, found) -> {
            if (found.size() < 2) {
                return;
            }
            List<Object> first = content(found.get(0));
            if (found.stream().allMatch(row -> content(row).equals(first))) {
                found.subList(1, found.size()).forEach(row -> repeats.identical.put(row.line(), row));
            } else {
                String message = conflictMessage(reference, found.stream().map(DisseminationRow::line).toList());
                found.forEach(row -> repeats.conflicts.put(row.line(), message));
            }
        });
        return repeats;
    }

    static String conflictMessage(String reference, List<Integer> lines) {
        String joined = lines.subList(0, lines.size() - 1).stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " and " + lines.get(lines.size() - 1);
        return "Crime %s appears on lines %s with different content; %s imported — send one corrected row"
                .formatted(reference, joined, lines.size() == 2 ? "neither" : "none of them");
    }

    /** Everything a row says but where it is in the file. */
    private static List<Object> content(DisseminationRow row) {
        List<Object> values = new ArrayList<>();
        for (RecordComponent component : DisseminationRow.class.getRecordComponents()) {
            if (!component.getName().equals("line")) {
                try {
                    values.add(component.getAccessor().invoke(row));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("A record's accessor is always callable", e);
                }
            }
        }
        return values;
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Repeats {
        final Map<Integer, DisseminationRow> identical = new HashMap<>();
        final Map<Integer, String> conflicts = new HashMap<>();
    }

    /**
     * The problems the file's reader found on one line, held until the line is over: a repeated row refused only
     * for being a repeat is handed over (identical) or refused naming every line (conflicting) instead.
     */
    private static final class Pending {
        private final Repeats repeats;
        private final Consumer<DisseminationRow> rows;
        private final Consumer<RowError> errors;
        private final List<RowError> held = new ArrayList<>();

        Pending(Repeats repeats, Consumer<DisseminationRow> rows, Consumer<RowError> errors) {
            this.repeats = repeats;
            this.rows = rows;
            this.errors = errors;
        }

        void add(RowError error) {
            held.add(error);
        }

        void flushUnless(int line) {
            if (held.isEmpty() || held.get(0).line() == line) {
                return;
            }
            int heldLine = held.get(0).line();
            boolean onlyTheRepeat = held.stream().allMatch(DisseminationCsvReader::isRepeatRefusal);
            if (onlyTheRepeat && repeats.identical.containsKey(heldLine)) {
                rows.accept(repeats.identical.get(heldLine));
            } else if (onlyTheRepeat && repeats.conflicts.containsKey(heldLine)) {
                RowError repeat = held.get(0);
                errors.accept(new RowError(heldLine, repeat.column(), repeat.value(), repeats.conflicts.get(heldLine)));
            } else {
                held.forEach(errors);
            }
            held.clear();
        }
    }
}
