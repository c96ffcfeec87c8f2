package uk.police.ecu.casework.recovery;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.ecu.casework.shared.CsvWriter;

/** Aggregated figures for the programme's independent evaluation, as JSON and as CSV. No names. */
@RestController
@RequestMapping("/api/recovery")
@PreAuthorize("hasAnyRole('PERFORMANCE_ANALYST', 'O2R_OFFICER', 'ADMINISTRATOR')")
class EvaluationController {

    /** A count of 1 to 4 people, or a rate over them, withheld from publication. */
    static final String WITHHELD = "<5";

    /** Marks a total rounded to the nearest 5 because a cell of its breakdown is withheld: "~10". */
    static final String ROUNDED = "~";

    private final EvaluationService evaluation;

    EvaluationController(EvaluationService evaluation) {
        this.evaluation = evaluation;
    }

    private static Object rounded(Evaluation.AreaFigures area, String figure, Long value) {
        return value != null && area.roundedToFive().contains(figure) ? ROUNDED + value : value;
    }

    @GetMapping("/evaluation")
    Evaluation evaluation(@RequestParam(required = false) String area,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return evaluation.evaluate(area, from, to);
    }

    /** One row per figure: area, measure, category, value. */
    @GetMapping("/evaluation.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String area,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Evaluation result = evaluation.evaluate(area, from, to);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("area", "from", "to", "measure", "category", "value"));
        for (Evaluation.AreaFigures a : result.areas()) {
            Row row = (measure, category, value) -> rows.add(List.of(a.area(), result.from().toString(),
                    result.to().toString(), measure, category, value == null ? WITHHELD : String.valueOf(value)));
            row.add("referrals", "", rounded(a, "referrals", a.referrals()));
            each(row, "referrals_by_source", a.referralsBySource());
            row.add("eligible", "", rounded(a, "eligible", a.eligible()));
            row.add("ineligible", "", rounded(a, "ineligible", a.ineligible()));
            each(row, "ineligibility_reason", a.ineligibilityReasons());
            row.add("declined_at_assessment", "", a.declinedAtAssessment());
            row.add("withdrew_consent", "", a.withdrewConsent());
            row.add("inactive", "", a.inactive());
            row.add("enrolments", "", a.enrolments());
            row.add("rehab_admissions", "", a.rehabAdmissions());
            row.add("rehab_completions", "", a.rehabCompletions());
            row.add("rehab_early_discharges", "", rounded(a, "rehabEarlyDischarges", a.rehabEarlyDischarges()));
            each(row, "early_discharge_reason", a.earlyDischargeReasons());
            each(row, "exits_by_reason", a.exitsByReason());
            a.engagementByReview().forEach(r -> {
                row.add("review_engagement_rate", "review " + r.reviewNumber(), r.engagementRate());
                row.add("reviews_recorded", "review " + r.reviewNumber(),
                        rounded(a, "engagementByReview." + r.reviewNumber() + ".recorded", r.recorded()));
            });
            a.followUps().forEach(f -> {
                row.add("followed_up", f.months() + " months", f.followedUp());
                row.add("abstinent_at_follow_up", f.months() + " months", f.abstinent());
                row.add("reoffended_at_follow_up", f.months() + " months", f.reoffended());
                row.add("not_traced_at_follow_up", f.months() + " months", f.notTraced());
            });
            row.add("offending_participants", "", a.offending().participants());
            rate(row, "before", a.offending().before());
            rate(row, "during", a.offending().during());
            rate(row, "after", a.offending().after());
        }
        String file = "o2r-evaluation-%s-%s.csv".formatted(result.from(), result.to());
        return ResponseEntity.ok().contentType(new MediaType("text", "csv"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .body(csv(rows));
    }

    private static String csv(List<List<String>> rows) {
        StringWriter out = new StringWriter();
        CsvWriter writer = new CsvWriter(out);
        rows.forEach(writer::row);
        return out.toString();
    }

    private interface Row {
        void add(String measure, String category, Object value);
    }

    private static void each(Row row, String measure, Map<String, Long> counts) {
        counts.forEach((category, count) -> row.add(measure, category, count));
    }

    private static void rate(Row row, String window, Evaluation.Rate rate) {
        row.add("shop_theft_offences_per_week", window, rate.offencesPerWeek());
        row.add("value_stolen_per_week_gbp", window, rate.valueStolenPerWeekGbp());
        row.add("participants_in_window", window, rate.participants());
    }
}
