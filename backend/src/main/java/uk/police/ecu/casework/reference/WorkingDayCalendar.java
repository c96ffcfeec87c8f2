package uk.police.ecu.casework.reference;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Working days in England and Wales: Monday to Friday, less the bank holidays an administrator
 * keeps in the {@code bank_holiday} table. The table is read once per transaction (an import batch
 * computes hundreds of deadlines), so an update takes effect from the next transaction.
 */
@Component
public class WorkingDayCalendar {

    private final ReferenceDataRepository referenceData;

    WorkingDayCalendar(ReferenceDataRepository referenceData) {
        this.referenceData = referenceData;
    }

    /** The date {@code days} working days after {@code start}; the start day itself never counts. */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        Set<LocalDate> holidays = holidays();
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date, holidays)) {
                counted++;
            }
        }
        return date;
    }

    public boolean isWorkingDay(LocalDate date) {
        return isWorkingDay(date, holidays());
    }

    private static boolean isWorkingDay(LocalDate date, Set<LocalDate> holidays) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(date);
    }

    private Set<LocalDate> holidays() {
        return PerTransaction.get("bank holidays", () -> Set.copyOf(referenceData.bankHolidayDates()));
    }
}
