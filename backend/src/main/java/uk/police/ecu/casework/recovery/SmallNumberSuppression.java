package uk.police.ecu.casework.recovery;

import java.util.List;
import uk.police.ecu.casework.shared.SmallCounts;
import uk.police.ecu.casework.shared.WithheldShownAsNull;

/**
 * How the evaluation's cohort table is published, so that nobody can be picked out of it.
 * <ul>
 *   <li>A count of 1 to 4 is withheld and shown as "fewer than 5"; 0 is shown, as it points at nobody.</li>
 *   <li>In a cohort of 1 to 4 participants every other cell is withheld too: the offences of two people, or
 *       how many of them offended (even none), say too much about each.</li>
 *   <li>A total over cells of which any is withheld is rounded to the nearest 5 (shown as "~10"): the exact
 *       total less the cells shown would give the withheld one back. A total of 1 to 4 is withheld like any
 *       count, which also covers the total whose rounding would give 0 or 5.</li>
 * </ul>
 */
final class SmallNumberSuppression {

    static final String FEWER_THAN_FIVE = "fewer than 5";

    /** Marks a total rounded to the nearest 5. */
    static final String ROUNDED = "~";

    /** One published cell: {@code value} is null when withheld, and rounded when {@code rounded}. */
    @WithheldShownAsNull
    record Cell(Long value, boolean withheld, boolean rounded) {

        String text() {
            if (withheld) {
                return FEWER_THAN_FIVE;
            }
            return rounded ? ROUNDED + value : String.valueOf(value);
        }
    }

    private SmallNumberSuppression() {
    }

    /** A count of people, or of things in a cohort that is itself published ({@code cohortWithheld} false). */
    static Cell cell(long count, boolean cohortWithheld) {
        if (cohortWithheld || SmallCounts.withheld(count)) {
            return new Cell(null, true, false);
        }
        return new Cell(count, false, false);
    }

    /** Whether a cohort of this many participants has all its cells withheld. */
    static boolean cohortWithheld(long participants) {
        return SmallCounts.withheld(participants);
    }

    /** The total of {@code counts}, whose published cells are {@code cells} in the same order. */
    static Cell total(List<Long> counts, List<Cell> cells) {
        long total = counts.stream().mapToLong(Long::longValue).sum();
        if (SmallCounts.withheld(total)) {
            return new Cell(null, true, false);
        }
        boolean anyWithheld = cells.stream().anyMatch(Cell::withheld);
        return anyWithheld ? new Cell(SmallCounts.roundedToFive(total), false, true) : new Cell(total, false, false);
    }
}
