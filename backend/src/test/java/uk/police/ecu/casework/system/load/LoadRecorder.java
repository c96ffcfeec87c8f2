package uk.police.ecu.casework.system.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the users saw, kept beside Gatling's own report so that the run can compare the phases and account for
 * every task afterwards: response times per phase and request type, lost claim races (409: another user claimed
 * it first; 404: another user had already completed it, which the accounting then checks), unexpected answers,
 * and the tasks whose completion was accepted.
 */
final class LoadRecorder {

    enum Phase { BASELINE, LOAD }

    private final Map<String, List<Integer>> times = new ConcurrentSkipListMap<>();
    private final Map<String, AtomicInteger> unexpected = new ConcurrentSkipListMap<>();
    private final AtomicInteger claimRaces = new AtomicInteger();
    private final Set<String> goneBeforeClaim = ConcurrentHashMap.newKeySet();
    private final Set<String> completedTasks = ConcurrentHashMap.newKeySet();

    void record(Phase phase, String request, int millis, int status) {
        if (status == 409 && request.equals(LoadWorkload.CLAIM)) {
            claimRaces.incrementAndGet();
            return;
        }
        if (status == 404 && request.equals(LoadWorkload.CLAIM)) {
            return;
        }
        if (status < 200 || status > 299) {
            unexpected.computeIfAbsent(phase + " " + request + " " + status, k -> new AtomicInteger()).incrementAndGet();
            return;
        }
        times.computeIfAbsent(key(phase, request), k -> Collections.synchronizedList(new ArrayList<>())).add(millis);
    }

    void completed(String taskId) {
        completedTasks.add(taskId);
    }

    /** A claim answered 404: the task had gone since the list was read, so another user must have completed it. */
    void goneBeforeClaim(String taskId) {
        goneBeforeClaim.add(taskId);
    }

    Set<String> goneBeforeClaim() {
        return Set.copyOf(goneBeforeClaim);
    }

    Set<String> completedTasks() {
        return Set.copyOf(completedTasks);
    }

    int claimRaces() {
        return claimRaces.get();
    }

    Map<String, AtomicInteger> unexpected() {
        return unexpected;
    }

    /** p50, p95 and p99 in milliseconds (nearest rank), or null when the request type was never answered. */
    Percentiles percentiles(Phase phase, String request) {
        List<Integer> samples = times.get(key(phase, request));
        if (samples == null || samples.isEmpty()) {
            return null;
        }
        List<Integer> sorted;
        synchronized (samples) {
            sorted = new ArrayList<>(samples);
        }
        Collections.sort(sorted);
        return new Percentiles(sorted.size(), rank(sorted, 50), rank(sorted, 95), rank(sorted, 99));
    }

    private static int rank(List<Integer> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static String key(Phase phase, String request) {
        return phase + " " + request;
    }

    record Percentiles(int count, int p50, int p95, int p99) {
    }
}
