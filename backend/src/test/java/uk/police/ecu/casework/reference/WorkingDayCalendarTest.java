package uk.police.ecu.casework.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.ecu.casework.IntegrationTest;

/** Working-day arithmetic over the seeded England and Wales bank holidays. */
@IntegrationTest
class WorkingDayCalendarTest {

    @Autowired
    WorkingDayCalendar calendar;

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2026-03-02, 5, 2026-03-09",   // Monday to Monday
            "2026-03-06, 1, 2026-03-09",   // Friday to Monday over a weekend
            "2026-03-07, 1, 2026-03-09",   // from a Saturday
            "2026-04-02, 1, 2026-04-07",   // Good Friday and Easter Monday skipped
            "2026-12-24, 1, 2026-12-29",   // Christmas Day and the Boxing Day substitute (Monday 28th)
            "2026-12-23, 5, 2027-01-04",   // and New Year's Day
            "2027-12-24, 1, 2027-12-29",   // 2027: Christmas and Boxing Day at a weekend; substitutes 27th and 28th
            "2026-05-01, 1, 2026-05-05",   // early May bank holiday (Monday 4th)
            "2026-03-02, 0, 2026-03-02"})
    void shouldSkipWeekendsAndBankHolidays(LocalDate start, int days, LocalDate expected) {
        assertThat(calendar.addWorkingDays(start, days)).isEqualTo(expected);
    }
}
