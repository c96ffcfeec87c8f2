package uk.police.ecu.casework.recovery;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The two windows a participant's offending is compared over: one before the programme start and one from
 * the start on ("during/after": participation and whatever follows exit are one window, so an early exit does
 * not shorten the comparison).
 *
 * <p>Why days at liberty: a person in custody cannot shop-steal, so a window with three months inside would
 * look like a fall in offending that the programme did nothing for. Each window is therefore measured in days
 * at liberty, not calendar days: days in custody ({@link CustodyPeriod}, both ends included, a spell still
 * running counting to the end of time) are passed over and the window extended by as many days.
 *
 * <p>The rule:
 * <ol>
 *   <li>The after window starts on the programme start and takes days at liberty forward until it has
 *       {@value #LONGEST_DAYS_AT_LIBERTY} of them or reaches today (the product's clock). Today itself is not
 *       counted: only whole days that have passed are, so a window never holds a day whose offences may not
 *       yet be known.</li>
 *   <li>Its days at liberty, N, set the length of both windows.</li>
 *   <li>The before window ends the day before the start and takes days at liberty backward until it too has
 *       N. Custody before the programme is passed over the same way, so the before window reaches as far back
 *       as it must.</li>
 * </ol>
 * Offences are counted by date over each window's whole span, custody days inside it included: an offence on
 * the day a spell began is usually the one that led to it, and belongs to the window.
 *
 * <p>A participant who started today, or has been in custody since the start, has N = 0: both windows are
 * empty, and their offending is not compared.
 */
final class OffendingWindows {

    /** A year at liberty on each side: the longest comparison the programme's 12 months supports. */
    static final int LONGEST_DAYS_AT_LIBERTY = 365;

    /** Days {@code from} (included) to {@code to} (excluded). */
    record Window(LocalDate from, LocalDate to, int daysAtLiberty) {

        int calendarDays() {
            return (int) ChronoUnit.DAYS.between(from, to);
        }

        int custodyDays() {
            return calendarDays() - daysAtLiberty;
        }
    }

    record Pair(Window before, Window after) {

        int daysAtLiberty() {
            return after.daysAtLiberty();
        }
    }

    private OffendingWindows() {
    }

    static Pair of(LocalDate programmeStart, List<CustodyPeriod> custody, LocalDate today) {
        int atLiberty = 0;
        LocalDate afterEnd = programmeStart;
        while (atLiberty < LONGEST_DAYS_AT_LIBERTY && afterEnd.isBefore(today)) {
            if (!inCustody(afterEnd, custody)) {
                atLiberty++;
            }
            afterEnd = afterEnd.plusDays(1);
        }
        LocalDate beforeStart = programmeStart;
        int found = 0;
        while (found < atLiberty) {
            beforeStart = beforeStart.minusDays(1);
            if (!inCustody(beforeStart, custody)) {
                found++;
            }
        }
        return new Pair(new Window(beforeStart, programmeStart, atLiberty),
                new Window(programmeStart, afterEnd, atLiberty));
    }

    private static boolean inCustody(LocalDate day, List<CustodyPeriod> custody) {
        return custody.stream().anyMatch(spell -> spell.covers(day));
    }
}
