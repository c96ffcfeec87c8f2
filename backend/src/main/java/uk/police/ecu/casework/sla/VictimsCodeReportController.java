package uk.police.ecu.casework.sla;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.shared.CsvWriter;
import uk.police.ecu.casework.shared.InvalidInputException;

/** The Victims' Code compliance report, its CSV and the cases behind each of its numbers. */
@RestController
@RequestMapping("/api/sla")
@PreAuthorize(SlaDashboardService.READERS)
class VictimsCodeReportController {

    /** Longest period asked for at once, so one request cannot read the whole history. */
    private static final int MAX_MONTHS = 36;

    private final VictimsCodeReportService reports;
    private final CurrentUser currentUser;
    private final Clock clock;

    VictimsCodeReportController(VictimsCodeReportService reports, CurrentUser currentUser, Clock clock) {
        this.reports = reports;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** {@code from} and {@code to} are months (YYYY-MM), both included; by default the last 12 months. */
    @GetMapping("/victims-code")
    VictimsCodeReport report(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Period period = period(from, to);
        return reports.report(currentUser.get(), period.from(), period.to());
    }

    @GetMapping("/victims-code.csv")
    void reportCsv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   HttpServletResponse response) throws IOException {
        Period period = period(from, to);
        VictimsCodeReport report = reports.report(currentUser.get(), period.from(), period.to());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"victims-code-compliance-"
                + period.from() + "-to-" + period.to() + ".csv\"");
        OutputStreamWriter out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of("right", "right_name", "code_right", "victims_code_version", "local_standard",
                "evidence_recorded", "month", "cases_due", "met_on_time", "met_late", "not_met",
                "opted_out_or_unreachable", "not_applicable", "not_applicable_reasons", "not_recorded", "not_yet_due"));
        for (VictimsCodeReport.Right right : report.rights()) {
            for (VictimsCodeReport.Month m : right.months()) {
                csv.row(List.of(right.id(), right.name(), text(right.codeRight()), text(right.victimsCodeVersion()),
                        String.valueOf(right.localStandard()), String.valueOf(right.evidenceRecorded()), m.month(),
                        String.valueOf(m.due()), String.valueOf(m.metOnTime()), String.valueOf(m.metLate()),
                        String.valueOf(m.notMet()), String.valueOf(m.optedOutOrUnreachable()),
                        String.valueOf(m.notApplicable()), m.notApplicableReasons().stream()
                                .map(r -> r.reason() + " (" + r.cases() + ")").collect(Collectors.joining("; ")),
                        String.valueOf(m.notRecorded()), String.valueOf(m.notYetDue())));
            }
        }
        out.flush();
    }

    /** The cases behind one number: {@code status} absent for every case due that month. */
    @GetMapping("/victims-code/cases")
    List<VictimsCodeReport.CaseLine> cases(@RequestParam String right, @RequestParam String month,
                                           @RequestParam(required = false) String status) {
        return reports.cases(currentUser.get(), right, month("month", month), status(status));
    }

    private record Period(YearMonth from, YearMonth to) {
    }

    private Period period(String from, String to) {
        YearMonth end = to == null || to.isBlank() ? YearMonth.now(clock) : month("to", to);
        YearMonth start = from == null || from.isBlank() ? end.minusMonths(11) : month("from", from);
        if (start.isAfter(end)) {
            throw InvalidInputException.field("from", "The first month must be on or before the last");
        }
        if (start.plusMonths(MAX_MONTHS).isBefore(end.plusMonths(1))) {
            throw InvalidInputException.field("from", "Choose at most 36 months");
        }
        return new Period(start, end);
    }

    private static YearMonth month(String field, String value) {
        YearMonth month;
        try {
            month = YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field(field, "Give the month as YYYY-MM, for example 2026-03");
        }
        // A four-digit year: anything else is a typing slip, and a year past 9999 has no calendar to count in.
        if (month.getYear() < 1000 || month.getYear() > 9999) {
            throw InvalidInputException.field(field, "Give the month as YYYY-MM, for example 2026-03");
        }
        return month;
    }

    private static VictimsCodeReport.Status status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return VictimsCodeReport.Status.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("status", "Choose one of MET, MET_LATE, NOT_MET, "
                    + "OPTED_OUT_OR_UNREACHABLE, NOT_APPLICABLE, NOT_RECORDED, NOT_YET_DUE");
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
