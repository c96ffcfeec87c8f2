package uk.police.ecu.casework.system.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.police.ecu.casework.system.load.LoadRecorder.Percentiles;
import uk.police.ecu.casework.system.load.LoadRecorder.Phase;

/**
 * The run's table: per request type the p50/p95/p99 under load and their ratios to the same requests with no
 * load, measured before it on the same topology. Each topology writes its own section; {@code summary.md} holds
 * every section there is.
 */
final class LoadSummary {

    private static final Path DIRECTORY = Path.of("target", "load");

    static String table(String topology, String conditions, LoadRecorder recorder, List<String> failures) {
        StringBuilder table = new StringBuilder("## " + topology + "\n\n" + conditions + "\n\n")
                .append("| request | no load n | no load p50/p95/p99 ms | under load n | under load p50/p95/p99 ms "
                        + "| ratio p50 | ratio p95 | ratio p99 |\n|---|---|---|---|---|---|---|---|\n");
        for (String request : LoadWorkload.MEASURED) {
            Percentiles quiet = recorder.percentiles(Phase.BASELINE, request);
            Percentiles loaded = recorder.percentiles(Phase.LOAD, request);
            table.append("| %s | %s | %s | %s | %s | %s | %s | %s |\n".formatted(request,
                    quiet == null ? "0" : quiet.count(), triple(quiet), loaded == null ? "0" : loaded.count(),
                    triple(loaded), ratio(loaded, quiet, 50), ratio(loaded, quiet, 95), ratio(loaded, quiet, 99)));
        }
        table.append("\nClaim races lost: ").append(recorder.claimRaces())
                .append(" answered 409 (claimed by another user first), ").append(recorder.goneBeforeClaim().size())
                .append(" answered 404 (already completed by another user, each checked)")
                .append(". Tasks completed under load: ").append(recorder.completedTasks().size())
                .append(". Unexpected answers: ").append(recorder.unexpected().isEmpty() ? "none" : recorder.unexpected())
                .append(".\n\nAccounting: ")
                .append(failures.isEmpty() ? "every row and every task accounted for." : String.join("; ", failures))
                .append("\n");
        return table.toString();
    }

    /** Writes this topology's section and rewrites {@code summary.md} from all the sections present. */
    static void write(String fileName, String section) {
        try {
            Files.createDirectories(DIRECTORY);
            Files.writeString(DIRECTORY.resolve(fileName), section);
            try (Stream<Path> sections = Files.list(DIRECTORY)) {
                String all = sections.filter(p -> p.getFileName().toString().startsWith("section-")).sorted()
                        .map(LoadSummary::read).collect(Collectors.joining("\n"));
                Files.writeString(DIRECTORY.resolve("summary.md"), "# Load test\n\n" + all);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String triple(Percentiles p) {
        return p == null ? "–" : p.p50() + " / " + p.p95() + " / " + p.p99();
    }

    private static String ratio(Percentiles loaded, Percentiles quiet, int percentile) {
        if (loaded == null || quiet == null) {
            return "–";
        }
        int under = percentile == 50 ? loaded.p50() : percentile == 95 ? loaded.p95() : loaded.p99();
        int alone = percentile == 50 ? quiet.p50() : percentile == 95 ? quiet.p95() : quiet.p99();
        return "%.2f".formatted(under / (double) Math.max(1, alone));
    }
}
