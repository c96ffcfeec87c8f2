package uk.police.ecu.casework.fraud;

import uk.police.ecu.casework.intake.DisseminationRow;

/** A row of a dissemination file as the dissemination the triage service receives. */
final class DisseminationRows {

    private DisseminationRows() {
    }

    static Dissemination toDissemination(DisseminationRow row) {
        return new Dissemination(row.crimeReference(), row.reportedDate(), row.nfibCode(),
                Dissemination.VictimType.valueOf(row.victimType().name()), row.victimName(), row.victimDateOfBirth(),
                row.victimEmail(), row.victimPhone(), row.victimPostcode(), row.lossGbp(), row.ndmScore(),
                row.policingAreaId(), row.summary(), row.suspectDetails());
    }
}
