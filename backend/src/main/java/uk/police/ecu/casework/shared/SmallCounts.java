package uk.police.ecu.casework.shared;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts of people in published statistics. A count of 1 to 4 is withheld (null, shown as "fewer than 5")
 * so that nobody can be picked out of a small group, and so is a rate worked out over fewer than 5 people.
 * Zero is shown: it points at nobody.
 */
public final class SmallCounts {

    public static final int FEWEST_SHOWN = 5;

    private SmallCounts() {
    }

    public static Long shown(long count) {
        return withheld(count) ? null : count;
    }

    public static <K> Map<K, Long> shown(Map<K, ? extends Number> counts) {
        Map<K, Long> shown = new LinkedHashMap<>();
        counts.forEach((key, count) -> shown.put(key, shown(count.longValue())));
        return shown;
    }

    /** The rate, unless it was worked out over 1 to 4 people. */
    public static BigDecimal rateOver(long people, BigDecimal rate) {
        return withheld(people) ? null : rate;
    }

    /**
     * A total shown beside a breakdown with a withheld cell, rounded to the nearest 5 (half up): the exact total
     * less the shown cells would give the withheld count away.
     */
    public static long roundedToFive(long count) {
        return (count + FEWEST_SHOWN / 2) / FEWEST_SHOWN * FEWEST_SHOWN;
    }

    public static <K> boolean anyWithheld(Map<K, ? extends Number> counts) {
        return counts.values().stream().anyMatch(count -> withheld(count.longValue()));
    }

    public static boolean withheld(long count) {
        return count > 0 && count < FEWEST_SHOWN;
    }
}
