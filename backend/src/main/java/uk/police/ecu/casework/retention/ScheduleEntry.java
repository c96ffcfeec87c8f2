package uk.police.ecu.casework.retention;

/**
 * One row of the retention schedule. {@code erasable} says whether the application holds records of
 * this type yet and can erase their personal data.
 */
public record ScheduleEntry(String recordType, String name, int reviewAfterMonths, String measuredFrom,
                            String atReview, String basis, boolean erasable) {
}
