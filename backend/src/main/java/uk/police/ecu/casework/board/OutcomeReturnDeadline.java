package uk.police.ecu.casework.board;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The one rule for when a monthly outcome return to the City of London Police is on time: a month's return is due
 * by the last day of the following month. The papers report "100% compliance" without stating a date, so the unit
 * uses the end of the next month, the latest the national lead force accepts a return for its monthly figures.
 */
final class OutcomeReturnDeadline {

    static final String RULE = "A month's return is due by the last day of the following month";

    private OutcomeReturnDeadline() {
    }

    static LocalDate dueBy(LocalDate month) {
        return month.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
    }
}
