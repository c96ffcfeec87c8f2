package uk.police.ecu.casework.intake;

import java.util.List;

/** Everything read from a dissemination file: the good rows and a problem list for the bad ones. */
public record DisseminationCsvResult(List<DisseminationRow> rows, List<RowError> errors) {

    public DisseminationCsvResult {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }
}
