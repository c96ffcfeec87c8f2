package uk.police.ecu.casework.recovery;

import java.time.LocalDate;
import java.util.List;

/** What the eligibility decision looks at for one referral. */
record EligibilityFacts(LocalDate dateOfBirth, LocalDate referralDate, List<LocalDate> offenceDates,
                        String substanceMisuse, LocalDate areaLiveFrom) {

    EligibilityFacts {
        offenceDates = List.copyOf(offenceDates);
    }
}
