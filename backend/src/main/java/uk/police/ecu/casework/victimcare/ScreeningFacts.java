package uk.police.ecu.casework.victimcare;

import java.time.LocalDate;

/** What the screening decision looks at for one victim on one crime. */
public record ScreeningFacts(String nfibCode, LocalDate victimDateOfBirth, LocalDate reportedDate,
                             Integer ndmScore, boolean repeatVictim) {
}
