package uk.police.ecu.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The one table every benchmark scenario adds its rows to: each figure with the baseline it is
 * compared with, measured in the same run, so the ratios travel between machines.
 */
public final class BenchmarkResults {

    private static final String HEADER = """
            | scenario | measure | size | median | p95 | throughput | ratio | ratio to |
            |---|---|---|---|---|---|---|---|""";

    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A latency figure: p50 and p95 of the samples, the ratio of its p95 to the baseline's p95. */
    public double latency(String scenario, String measure, String size, long[] nanos, double baselineP95Nanos,
                          String baseline) {
        double p95 = percentile(nanos, 95);
        add("| %s | %s | %s | %.1f ms | %.1f ms | | %.2f | %s |".formatted(scenario, measure, size,
                percentile(nanos, 50) / 1e6, p95 / 1e6, p95 / baselineP95Nanos, baseline));
        return p95;
    }

    /** A throughput figure and its ratio to the baseline's rate. */
    public void throughput(String scenario, String measure, String size, double perSecond, String unit,
                           double baselinePerSecond, String baseline) {
        add("| %s | %s | %s | | | %.1f %s/s | %.2f | %s |".formatted(scenario, measure, size, perSecond, unit,
                perSecond / baselinePerSecond, baseline));
    }

    /** A figure with no baseline of its own (wall time, database size, memory). */
    public void figure(String scenario, String measure, String size, String value) {
        add("| %s | %s | %s | | | %s | | |".formatted(scenario, measure, size, value));
    }

    /** A line printed under the table, e.g. the configuration a figure was taken with. */
    public void note(String text) {
        notes.add(text);
        System.out.println("[bench] " + text);
    }

    public String table() {
        StringBuilder out = new StringBuilder(HEADER);
        rows.forEach(row -> out.append('\n').append(row));
        notes.forEach(note -> out.append("\n\n").append(note));
        return out.append('\n').toString();
    }

    public void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, table());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(String row) {
        rows.add(row);
        System.out.println("[bench] " + row);
    }

    /** Nearest-rank percentile. */
    public static double percentile(long[] samples, int percent) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1))];
    }

    /** Times each contender in turn, so drift in the machine hits each alike; warm-ups first. */
    public static long[][] interleaved(List<? extends Supplier<?>> contenders, int warmUps, int samples) {
        long[][] nanos = new long[contenders.size()][samples];
        for (int i = 0; i < warmUps; i++) {
            contenders.forEach(Supplier::get);
        }
        for (int i = 0; i < samples; i++) {
            for (int c = 0; c < contenders.size(); c++) {
                long start = System.nanoTime();
                contenders.get(c).get();
                nanos[c][i] = System.nanoTime() - start;
            }
        }
        return nanos;
    }

    /** Runs {@code work(i)} for i in [0, count) split over {@code threads}; returns the wall time in seconds. */
    public static double parallel(int threads, int count, IntConsumer work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> parts = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int first = t;
            parts.add(pool.submit(() -> {
                for (int i = first; i < count; i += threads) {
                    work.accept(i);
                }
            }));
        }
        try {
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
