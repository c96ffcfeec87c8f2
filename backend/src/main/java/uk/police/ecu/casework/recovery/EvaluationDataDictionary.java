package uk.police.ecu.casework.recovery;

import java.util.List;

/** Every column of the evaluation's files: what it means, its type and unit, and the rule behind it. */
final class EvaluationDataDictionary {

    record Entry(String file, String column, String meaning, String type, String unit, String rule) {
    }

    private static final String WINDOWS = "OffendingWindows: windows of equal days at liberty, custody passed over";
    private static final String SUPPRESSED = "SmallNumberSuppression: 1-4 shown as 'fewer than 5'; 0 shown; "
            + "every cell of a cohort of 1-4 withheld; a total over a withheld cell rounded to the nearest 5, "
            + "shown as ~N";

    static final List<Entry> ENTRIES = List.of(
            new Entry("dataset.csv", "pseudonymous_id", "The participant under a pseudonym, the same in every export",
                    "text", "", "P and 12 hex digits of a one-way hash of the programme reference; no name or date of birth"),
            new Entry("dataset.csv", "area", "Local authority area the participant is on the programme in", "text", "",
                    "Area code as the product holds it"),
            new Entry("dataset.csv", "start_quarter", "Quarter of the programme start (enrolment)", "text",
                    "YYYY-Qn", "Calendar quarters; the start date itself is not given"),
            new Entry("dataset.csv", "status", "Where the participant is on the programme", "text", "",
                    "ENROLLED, EXITED or a later status"),
            new Entry("dataset.csv", "exit_reason", "Why the participant left, if they have", "text", "",
                    "Empty while on the programme"),
            new Entry("dataset.csv", "days_at_liberty", "Days at liberty in each window (both the same)", "integer",
                    "days", WINDOWS + "; at most 365; 0 means the windows are empty"),
            new Entry("dataset.csv", "before_calendar_days", "Length of the window before the start", "integer",
                    "days", WINDOWS),
            new Entry("dataset.csv", "before_custody_days", "Days in custody inside the window before the start",
                    "integer", "days", WINDOWS),
            new Entry("dataset.csv", "before_offences", "Shop theft offences dated in the window before the start",
                    "integer", "offences", WINDOWS),
            new Entry("dataset.csv", "before_value_stolen_gbp", "Value stolen in those offences", "decimal", "GBP",
                    WINDOWS),
            new Entry("dataset.csv", "after_calendar_days", "Length of the window from the start", "integer", "days",
                    WINDOWS + "; ends no later than yesterday"),
            new Entry("dataset.csv", "after_custody_days", "Days in custody inside the window from the start",
                    "integer", "days", WINDOWS),
            new Entry("dataset.csv", "after_offences", "Shop theft offences dated in the window from the start",
                    "integer", "offences", WINDOWS),
            new Entry("dataset.csv", "after_value_stolen_gbp", "Value stolen in those offences", "decimal", "GBP",
                    WINDOWS),
            new Entry("cohorts.csv", "area", "Local authority area, or 'all' for the total of every area", "text", "",
                    "Area code"),
            new Entry("cohorts.csv", "start_quarter", "Quarter of the programme start, or 'all' for the area's total",
                    "text", "YYYY-Qn", "Calendar quarters"),
            new Entry("cohorts.csv", "participants", "Participants who started in the cohort", "count", "people",
                    SUPPRESSED),
            new Entry("cohorts.csv", "offended_before", "Participants with an offence in the window before the start",
                    "count", "people", SUPPRESSED + "; " + WINDOWS),
            new Entry("cohorts.csv", "offended_after", "Participants with an offence in the window from the start",
                    "count", "people", SUPPRESSED + "; " + WINDOWS),
            new Entry("cohorts.csv", "offences_before", "Offences in the windows before the start", "count",
                    "offences", SUPPRESSED + "; " + WINDOWS),
            new Entry("cohorts.csv", "offences_after", "Offences in the windows from the start", "count", "offences",
                    SUPPRESSED + "; " + WINDOWS));

    private EvaluationDataDictionary() {
    }
}
