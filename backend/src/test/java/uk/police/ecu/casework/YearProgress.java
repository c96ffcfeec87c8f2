package uk.police.ecu.casework;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * How far a national year has got, kept beside the database it is filling, so that a year longer than one
 * sitting can be run in parts: the weeks done, the time each kind of work has taken so far, the database's
 * size before the first week, and the scenario 4 and 5 p95s measured on the empty database before the year
 * began (what the figures after the year are compared with).
 */
record YearProgress(double scale, int weeksDone, double intakeSeconds, double triageSeconds, double wallSeconds,
        long sizeBefore, String startedOn, double[] taskListEmptyP95, double[] dashboardEmptyP95) {

    static Optional<YearProgress> load(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new YearProgress(Double.parseDouble(p.getProperty("scale")),
                Integer.parseInt(p.getProperty("weeksDone")), Double.parseDouble(p.getProperty("intakeSeconds")),
                Double.parseDouble(p.getProperty("triageSeconds")), Double.parseDouble(p.getProperty("wallSeconds")),
                Long.parseLong(p.getProperty("sizeBefore")), p.getProperty("startedOn"),
                numbers(p.getProperty("taskListEmptyP95")), numbers(p.getProperty("dashboardEmptyP95"))));
    }

    /** Written to a new file and moved over the old one, so a kill mid-write leaves the last good record. */
    void save(Path file) {
        Properties p = new Properties();
        p.setProperty("scale", Double.toString(scale));
        p.setProperty("weeksDone", Integer.toString(weeksDone));
        p.setProperty("intakeSeconds", Double.toString(intakeSeconds));
        p.setProperty("triageSeconds", Double.toString(triageSeconds));
        p.setProperty("wallSeconds", Double.toString(wallSeconds));
        p.setProperty("sizeBefore", Long.toString(sizeBefore));
        p.setProperty("startedOn", startedOn);
        p.setProperty("taskListEmptyP95", text(taskListEmptyP95));
        p.setProperty("dashboardEmptyP95", text(dashboardEmptyP95));
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try (Writer out = Files.newBufferedWriter(next)) {
            p.store(out, "National year in progress: resume with -Dtest='BenchmarkSuite#nationalYear'");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    YearProgress afterWeek(double intake, double triage, double wall) {
        return new YearProgress(scale, weeksDone + 1, intakeSeconds + intake, triageSeconds + triage,
                wallSeconds + wall, sizeBefore, startedOn, taskListEmptyP95, dashboardEmptyP95);
    }

    private static String text(double[] values) {
        return values == null ? "" : Arrays.stream(values).mapToObj(Double::toString).collect(Collectors.joining(","));
    }

    private static double[] numbers(String text) {
        return text == null || text.isBlank() ? null
                : Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
