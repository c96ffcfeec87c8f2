package uk.police.ecu.casework.fraud;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import uk.police.ecu.casework.shared.CsvWriter;

/** The return as the national lead force receives it: the same file whether downloaded or sent. */
final class OutcomeReturnCsv {

    private OutcomeReturnCsv() {
    }

    static void write(Writer out, List<OutcomeReturnRepository.ReturnedCrime> crimes) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of("crime_reference", "nfib_code", "nfib_code_as_disseminated", "home_office_outcome",
                "local_outcome_code", "outcome_date", "finalised_at", "policing_area"));
        for (OutcomeReturnRepository.ReturnedCrime c : crimes) {
            csv.row(List.of(c.crimeReference(), c.nfibCode(), c.originalNfibCode(), c.homeOfficeOutcome(),
                    c.outcomeCode().equals(c.homeOfficeOutcome()) ? "" : c.outcomeCode(), c.outcomeDate().toString(),
                    c.finalisedAt().toString(), c.policingArea() == null ? "" : c.policingArea()));
        }
        out.flush();
    }
}
