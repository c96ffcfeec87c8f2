package uk.police.ecu.casework.sla;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.shared.CsvWriter;
import uk.police.ecu.casework.shared.FieldError;
import uk.police.ecu.casework.shared.InvalidInputException;

/** The supervisors' service level dashboard and its CSV exports. */
@RestController
@RequestMapping("/api/sla")
@PreAuthorize(SlaDashboardService.READERS)
class SlaDashboardController {

    /** Longest period asked for at once (about three years), so one request cannot scan the whole history. */
    private static final int MAX_DAYS = 1100;

    private final SlaDashboardService dashboards;
    private final SlaDefinitionRepository definitions;
    private final CurrentUser currentUser;
    private final Clock clock;

    SlaDashboardController(SlaDashboardService dashboards, SlaDefinitionRepository definitions, CurrentUser currentUser,
                           Clock clock) {
        this.dashboards = dashboards;
        this.definitions = definitions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** {@code from} and {@code to} are ISO dates, both included; by default the last 12 weeks. */
    @GetMapping("/dashboard")
    SlaDashboard dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Period period = period(from, to);
        return dashboards.dashboard(currentUser.get(), period.from(), period.to());
    }

    @GetMapping("/definitions")
    List<SlaDefinition> definitions() {
        return definitions.all();
    }

    @GetMapping("/breaches.csv")
    void breachesCsv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     HttpServletResponse response) throws IOException {
        Period period = period(from, to);
        OutputStreamWriter out = writer(response, "sla-breaches-" + period.from() + "-to-" + period.to() + ".csv");
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of("clock_id", "sla", "sla_version", "sla_name", "team", "case_reference", "started_at",
                "due_at", "breached_at", "stopped_at", "result", "review_cause", "review_justified",
                "review_action_taken", "reviewed_by", "reviewed_at"));
        dashboards.breaches(currentUser.get(), period.from(), period.to(), b -> csv.row(List.of(
                String.valueOf(b.clockId()), b.slaId(), String.valueOf(b.slaVersion()), b.slaName(),
                text(b.team()), text(b.caseReference()), text(b.startedAt()), text(b.dueAt()),
                text(b.breachedAt()), text(b.stoppedAt()), b.result(), text(b.cause()),
                b.justified() == null ? "" : b.justified().toString(), text(b.actionTaken()),
                text(b.reviewedBy()), text(b.reviewedAt()))));
        out.flush();
    }

    @GetMapping("/compliance.csv")
    void complianceCsv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                       HttpServletResponse response) throws IOException {
        Period period = period(from, to);
        OutputStreamWriter out = writer(response, "sla-compliance-" + period.from() + "-to-" + period.to() + ".csv");
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of("sla", "sla_name", "team", "met", "met_late", "breached", "open"));
        for (SlaDashboard.Compliance c : dashboards.compliance(currentUser.get(), period.from(), period.to())) {
            csv.row(List.of(c.slaId(), c.slaName(), text(c.team()), String.valueOf(c.met()),
                    String.valueOf(c.metLate()), String.valueOf(c.breached()), String.valueOf(c.open())));
        }
        out.flush();
    }

    private record Period(LocalDate from, LocalDate to) {
    }

    private Period period(String from, String to) {
        LocalDate end = to == null || to.isBlank() ? LocalDate.now(clock) : date("to", to);
        LocalDate start = from == null || from.isBlank() ? end.minusWeeks(12).plusDays(1) : date("from", from);
        List<FieldError> errors = new ArrayList<>();
        if (start.isAfter(end)) {
            errors.add(new FieldError("from", "The start of the period must be on or before its end"));
        } else if (start.plusDays(MAX_DAYS).isBefore(end)) {
            errors.add(new FieldError("from", "Choose a period of at most three years"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Check the period", errors);
        }
        return new Period(start, end);
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field(field, "Give the date as YYYY-MM-DD, for example 2026-03-31");
        }
    }

    private static OutputStreamWriter writer(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        return new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
