package uk.police.ecu.casework.board;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.ecu.casework.shared.CsvWriter;
import uk.police.ecu.casework.shared.InvalidInputException;

/** The board report and its CSV, for the supervisors and analysts who prepare the board's papers. */
@RestController
@PreAuthorize(BoardReportService.READERS)
class BoardReportController {

    /** Longest period asked for at once (five years), so one request cannot read the whole history twice over. */
    private static final int MAX_DAYS = 5 * 366;

    private final BoardReportService reports;
    private final BoardDrillDown drillDown;
    private final Clock clock;

    BoardReportController(BoardReportService reports, BoardDrillDown drillDown, Clock clock) {
        this.reports = reports;
        this.drillDown = drillDown;
        this.clock = clock;
    }

    /** {@code from} and {@code to} are dates, both included; by default the twelve months to today. */
    @GetMapping("/api/board-report")
    BoardReport report(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        LocalDate[] days = period(from, to);
        return reports.report(days[0], days[1]);
    }

    private LocalDate[] period(String from, String to) {
        LocalDate end = to == null || to.isBlank() ? LocalDate.now(clock) : date("to", to);
        LocalDate start = from == null || from.isBlank() ? end.minusYears(1).plusDays(1) : date("from", from);
        if (start.isAfter(end)) {
            throw InvalidInputException.field("from", "The first day must be on or before the last");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw InvalidInputException.field("from", "Choose at most five years");
        }
        return new LocalDate[] {start, end};
    }

    /** The crimes behind one figure of the report for the same period; for those who may open case records. */
    @GetMapping("/api/board-report/cases")
    List<BoardReportRepository.CaseRow> cases(@RequestParam(required = false) String figure,
                                              @RequestParam(required = false) String from,
                                              @RequestParam(required = false) String to) {
        LocalDate[] days = period(from, to);
        return drillDown.cases(figure, days[0], days[1]);
    }

    /** One line per figure: section, figure, this period, the previous period and the change. */
    @GetMapping("/api/board-report.csv")
    void csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
             HttpServletResponse response) throws IOException {
        BoardReport r = report(from, to);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"board-report-" + r.from() + "-to-"
                + r.to() + ".csv\"");
        OutputStreamWriter out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of("section", "figure", "period " + r.from() + " to " + r.to(),
                "previous period " + r.previousFrom() + " to " + r.previousTo(), "change", "change_percent"));
        for (BoardReport.Count c : r.fraudTypes()) {
            count(csv, "Fraud reports by NFIB type", c.key() + " " + c.label(), c);
        }
        for (BoardReport.Count c : r.ageBands()) {
            count(csv, "Fraud reports by victim age", c.label(), c);
        }
        for (BoardReport.AverageLoss l : r.averageLoss()) {
            csv.row(List.of("Average loss (GBP)", l.label(), money(l.current()), money(l.previous()),
                    money(l.change()), ""));
        }
        BoardReport.OutcomeRate o = r.outcomeRate();
        csv.row(List.of("Outcome rate", "Positive outcomes", String.valueOf(o.current().positiveOutcomes()),
                String.valueOf(o.previous().positiveOutcomes()), "", ""));
        csv.row(List.of("Outcome rate", "Crimes reported", String.valueOf(o.current().crimes()),
                String.valueOf(o.previous().crimes()), "", ""));
        csv.row(List.of("Outcome rate", "Outcome rate (%)", money(o.current().ratePercent()),
                money(o.previous().ratePercent()), money(o.changePoints()), ""));
        csv.row(List.of("Outcome rate", "National outcome rate (%)", money(o.nationalRatePercent()), "", "", ""));
        for (BoardReport.Count c : r.victimCare()) {
            count(csv, "Victim care", c.label(), c);
        }
        for (BoardReport.Count c : r.nfib90Recategorised()) {
            count(csv, "NFIB 90 recategorised to", c.key() + " " + c.label(), c);
        }
        count(csv, "Courier fraud", r.courierFraud().label(), r.courierFraud());
        BoardReport.ReturnCompliance rc = r.returnCompliance();
        csv.row(List.of("Monthly outcome returns", "Sent by the deadline (%)", money(rc.current().compliancePercent()),
                money(rc.previous().compliancePercent()), money(rc.changePoints()), ""));
        csv.row(List.of("Monthly outcome returns", "Months due", String.valueOf(rc.current().monthsDue()),
                String.valueOf(rc.previous().monthsDue()), "", ""));
        for (BoardReport.Count c : r.protectActivity()) {
            count(csv, "Protect activity (reported on APMIS)", c.label(), c);
        }
        for (BoardReport.Intensification i : r.intensificationPeriods()) {
            csv.row(List.of("Intensification period", i.name() + " (" + String.join(" ", i.fraudTypes()) + ", "
                            + i.from() + " to " + i.to() + ")", String.valueOf(i.reports()),
                    String.valueOf(i.reportsBefore()), String.valueOf(i.change()), percent(i.changePercent())));
        }
        out.flush();
    }

    private static void count(CsvWriter csv, String section, String figure, BoardReport.Count c) {
        csv.row(List.of(section, figure, String.valueOf(c.current()), String.valueOf(c.previous()),
                String.valueOf(c.change()), percent(c.changePercent())));
    }

    /** An unknown figure is "not recorded", never nought. */
    private static String money(BigDecimal value) {
        return value == null ? "not recorded" : value.toPlainString();
    }

    /** No percentage for a rise from nothing: the cell is left empty. */
    private static String percent(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static LocalDate date(String field, String value) {
        try {
            LocalDate day = LocalDate.parse(value.trim());
            if (day.getYear() >= 1000 && day.getYear() <= 9999) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw InvalidInputException.field(field, "Give the date as YYYY-MM-DD, for example 2026-03-31");
    }
}
