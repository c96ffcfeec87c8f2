package uk.police.ecu.casework.recovery;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.ecu.casework.shared.CsvWriter;

/**
 * The evaluator's files: the pseudonymous dataset, the published cohort table and the data dictionary.
 * {@code area} (repeatable) narrows the dataset and cohorts to those local authority areas; none means all.
 */
@RestController
@RequestMapping("/api/recovery/evaluation")
@PreAuthorize("hasAnyRole('PERFORMANCE_ANALYST', 'O2R_OFFICER', 'ADMINISTRATOR')")
class EvaluationDatasetController {

    private final EvaluationDatasetService dataset;

    EvaluationDatasetController(EvaluationDatasetService dataset) {
        this.dataset = dataset;
    }

    @GetMapping("/dataset.csv")
    ResponseEntity<String> dataset(@RequestParam(required = false) List<String> area) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(columns("dataset.csv"));
        dataset.dataset(area).forEach(r -> rows.add(List.of(r.pseudonymousId(), r.area(), r.startQuarter(), r.status(),
                r.exitReason() == null ? "" : r.exitReason(), text(r.daysAtLiberty()), text(r.beforeCalendarDays()),
                text(r.beforeCustodyDays()), text(r.beforeOffences()), r.beforeValueStolenGbp().toPlainString(),
                text(r.afterCalendarDays()), text(r.afterCustodyDays()), text(r.afterOffences()),
                r.afterValueStolenGbp().toPlainString())));
        return csv("o2r-evaluation-dataset.csv", rows);
    }

    @GetMapping("/cohorts")
    List<EvaluationDataset.CohortRow> cohorts(@RequestParam(required = false) List<String> area) {
        return dataset.cohorts(area, "cohorts");
    }

    @GetMapping("/cohorts.csv")
    ResponseEntity<String> cohortsCsv(@RequestParam(required = false) List<String> area) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(columns("cohorts.csv"));
        dataset.cohorts(area, "cohorts.csv").forEach(c -> rows.add(List.of(c.area(), c.startQuarter(),
                c.participants().text(), c.offendedBefore().text(), c.offendedAfter().text(),
                c.offencesBefore().text(), c.offencesAfter().text())));
        return csv("o2r-evaluation-cohorts.csv", rows);
    }

    @GetMapping("/data-dictionary.csv")
    ResponseEntity<String> dictionary() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("file", "column", "meaning", "type", "unit", "rule"));
        dataset.dictionary().forEach(e -> rows.add(List.of(e.file(), e.column(), e.meaning(), e.type(), e.unit(),
                e.rule())));
        return csv("o2r-evaluation-data-dictionary.csv", rows);
    }

    /** The header of a file is its columns as the dictionary names them, so the two cannot disagree. */
    private static List<String> columns(String file) {
        return EvaluationDataDictionary.ENTRIES.stream().filter(e -> e.file().equals(file))
                .map(EvaluationDataDictionary.Entry::column).toList();
    }

    private static String text(long n) {
        return String.valueOf(n);
    }

    private static ResponseEntity<String> csv(String file, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        CsvWriter writer = new CsvWriter(out);
        rows.forEach(writer::row);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .body(out.toString());
    }
}
