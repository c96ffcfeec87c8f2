package uk.police.ecu.casework.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The equal windows at liberty, on fixed dates: the rule is pure arithmetic on days. */
class OffendingWindowsTest {

    private static final LocalDate START = LocalDate.of(2024, 3, 1);
    private static final LocalDate LONG_AFTER = START.plusYears(3);

    private static CustodyPeriod spell(LocalDate from, LocalDate to) {
        return new CustodyPeriod(1, from, to, "PNC", null, "test");
    }

    @Test
    void shouldTakeAYearEachSide_whenNobodyWasInCustody() {
        OffendingWindows.Pair windows = OffendingWindows.of(START, List.of(), LONG_AFTER);

        assertThat(windows.before()).isEqualTo(new OffendingWindows.Window(START.minusDays(365), START, 365));
        assertThat(windows.after()).isEqualTo(new OffendingWindows.Window(START, START.plusDays(365), 365));
    }

    @Test
    void shouldReachFurtherBack_byTheDaysInCustodyBeforeTheStart() {
        // 30 days inside, both ends counted: the before window needs 30 more calendar days for its year at liberty.
        OffendingWindows.Pair windows = OffendingWindows.of(START,
                List.of(spell(START.minusDays(60), START.minusDays(31))), LONG_AFTER);

        assertThat(windows.before().from()).isEqualTo(START.minusDays(395));
        assertThat(windows.before().custodyDays()).isEqualTo(30);
        assertThat(windows.before().daysAtLiberty()).isEqualTo(365);
        assertThat(windows.after().calendarDays()).isEqualTo(365);
    }

    @Test
    void shouldRunLonger_byTheDaysInCustodyOnTheProgramme() {
        OffendingWindows.Pair windows = OffendingWindows.of(START,
                List.of(spell(START.plusDays(100), START.plusDays(149))), LONG_AFTER);

        assertThat(windows.after().to()).isEqualTo(START.plusDays(415));
        assertThat(windows.after().custodyDays()).isEqualTo(50);
        assertThat(windows.before().calendarDays()).as("no custody before: a plain year").isEqualTo(365);
    }

    @Test
    void shouldStopAtToday_andShortenTheBeforeWindowToMatch() {
        LocalDate today = START.plusDays(40);
        OffendingWindows.Pair windows = OffendingWindows.of(START,
                List.of(spell(START.plusDays(10), START.plusDays(19)), spell(START.minusDays(5), START.minusDays(1))),
                today);

        // 40 days have passed, 10 of them inside: 30 days at liberty each side.
        assertThat(windows.after()).isEqualTo(new OffendingWindows.Window(START, today, 30));
        assertThat(windows.before()).isEqualTo(new OffendingWindows.Window(START.minusDays(35), START, 30));
        assertThat(windows.before().custodyDays()).isEqualTo(5);
    }

    @Test
    void shouldCompareNothing_forSomeoneInCustodySinceTheStart() {
        OffendingWindows.Pair windows = OffendingWindows.of(START, List.of(spell(START, null)), LONG_AFTER);

        assertThat(windows.daysAtLiberty()).isZero();
        assertThat(windows.before().calendarDays()).isZero();
        assertThat(windows.after().calendarDays()).as("every day to today spent inside")
                .isEqualTo((int) java.time.temporal.ChronoUnit.DAYS.between(START, LONG_AFTER));
    }

    @Test
    void shouldCompareNothing_forSomeoneStartingToday() {
        OffendingWindows.Pair windows = OffendingWindows.of(START, List.of(), START);

        assertThat(windows.before()).isEqualTo(new OffendingWindows.Window(START, START, 0));
        assertThat(windows.after()).isEqualTo(new OffendingWindows.Window(START, START, 0));
    }
}
