package uk.police.ecu.casework.fraud;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import uk.police.ecu.casework.shared.CsvWriter;
import uk.police.ecu.casework.shared.FieldError;

/**
 * The return as the national lead force receives it: the same file whether downloaded or sent. Once sent, the file
 * kept with the return is what a download gives, so a later correction never rewrites what was sent.
 */
final class OutcomeReturnCsv {

    private OutcomeReturnCsv() {
    }

    private static final List<String> HEADER = List.of("crime_reference", "nfib_code", "nfib_code_as_disseminated",
            "home_office_outcome", "local_outcome_code", "outcome_date", "finalised_at", "policing_area",
            "amends_return_of");

    /** The file's text, as sent and kept. */
    static String text(List<OutcomeReturnRepository.ReturnedCrime> crimes) {
        StringWriter out = new StringWriter();
        try {
            write(out, crimes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static void write(Writer out, List<OutcomeReturnRepository.ReturnedCrime> crimes) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.row(HEADER);
        for (OutcomeReturnRepository.ReturnedCrime c : crimes) {
            csv.row(row(c));
        }
        out.flush();
    }

    /**
     * The return as it would be sent, each row led by the line it will have in the file and followed by what would
     * stop it being approved (the field and the reason), blank for a good row.
     */
    static void writePreview(Writer out, List<OutcomeReturnRepository.ReturnedCrime> crimes,
                             Function<OutcomeReturnRepository.ReturnedCrime, Optional<FieldError>> problem)
            throws IOException {
        CsvWriter csv = new CsvWriter(out);
        List<String> header = new ArrayList<>(List.of("line"));
        header.addAll(HEADER);
        header.addAll(List.of("problem_field", "problem"));
        csv.row(header);
        int line = 1;
        for (OutcomeReturnRepository.ReturnedCrime c : crimes) {
            line++;
            Optional<FieldError> found = problem.apply(c);
            List<String> row = new ArrayList<>(List.of(Integer.toString(line)));
            row.addAll(row(c));
            row.add(found.map(FieldError::field).orElse(""));
            row.add(found.map(FieldError::message).orElse(""));
            csv.row(row);
        }
        out.flush();
    }

    private static List<String> row(OutcomeReturnRepository.ReturnedCrime c) {
        return List.of(c.crimeReference(), c.nfibCode(), c.originalNfibCode(), c.homeOfficeOutcome(),
                c.outcomeCode().equals(c.homeOfficeOutcome()) ? "" : c.outcomeCode(), c.outcomeDate().toString(),
                c.finalisedAt().toString(), c.policingArea() == null ? "" : c.policingArea(),
                c.amendsMonth() == null ? "" : YearMonth.from(c.amendsMonth()).toString());
    }
}
