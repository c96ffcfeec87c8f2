package uk.police.ecu.casework.tasks;

import java.time.LocalDate;
import java.time.Period;

/** Age bands the task list filters by; 70 and over is the age at which victim care refers everyone. */
public enum VictimAgeBand {
    UNDER_18("Under 18", 0),
    FROM_18_TO_39("18 to 39", 18),
    FROM_40_TO_69("40 to 69", 40),
    SEVENTY_AND_OVER("70 and over", 70);

    private final String label;
    private final int from;

    VictimAgeBand(String label, int from) {
        this.label = label;
        this.from = from;
    }

    public String label() {
        return label;
    }

    /** The band on a given day, or null when the date of birth is unknown. */
    public static VictimAgeBand on(LocalDate dateOfBirth, LocalDate day) {
        if (dateOfBirth == null || day == null) {
            return null;
        }
        int age = Period.between(dateOfBirth, day).getYears();
        VictimAgeBand band = UNDER_18;
        for (VictimAgeBand candidate : values()) {
            if (age >= candidate.from) {
                band = candidate;
            }
        }
        return band;
    }
}
