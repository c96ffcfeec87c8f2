package uk.police.ecu.casework.fraud;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.police.ecu.casework.shared.InvalidInputException;

@RestController
@RequestMapping("/api/fraud/outcome-returns")
class OutcomeReturnController {

    /** Action Fraud, and with it the national returns, began in 2009: no return can be for a month before. */
    static final YearMonth FIRST_MONTH = YearMonth.of(2009, 1);

    private final OutcomeReturnService returns;
    private final OutcomeReturnCheck check;
    private final Clock clock;

    OutcomeReturnController(OutcomeReturnService returns, OutcomeReturnCheck check, Clock clock) {
        this.returns = returns;
        this.check = check;
        this.clock = clock;
    }

    record Request(String month) {
    }

    /** Builds the return of an ended month now, for a supervisor to approve. */
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('ECU_SUPERVISOR')")
    void request(@RequestBody Request request) {
        returns.request(month(request.month()));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ECU_SUPERVISOR', 'PERFORMANCE_ANALYST')")
    List<OutcomeReturnRepository.OutcomeReturn> all() {
        return returns.all();
    }

    @GetMapping("/{month}")
    @PreAuthorize("hasAnyRole('ECU_SUPERVISOR', 'PERFORMANCE_ANALYST')")
    List<OutcomeReturnRepository.ReturnedCrime> crimes(@PathVariable String month) {
        return returns.crimes(month(month));
    }

    @GetMapping("/{month}/csv")
    @PreAuthorize("hasAnyRole('ECU_SUPERVISOR', 'PERFORMANCE_ANALYST')")
    void csv(@PathVariable String month, HttpServletResponse response) throws IOException {
        YearMonth ym = month(month);
        List<OutcomeReturnRepository.ReturnedCrime> crimes = returns.crimes(ym);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"outcome-return-" + ym + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        // A sent return is downloaded as it was sent, whatever has been corrected since.
        Optional<String> sent = returns.sentFile(ym);
        if (sent.isPresent()) {
            out.write(sent.get());
            out.flush();
        } else {
            OutcomeReturnCsv.write(out, crimes);
        }
    }

    /** Before approving: the return as it would be sent, with every row that would stop approval marked. */
    @GetMapping("/{month}/preview.csv")
    @PreAuthorize("hasAnyRole('ECU_SUPERVISOR', 'PERFORMANCE_ANALYST')")
    void preview(@PathVariable String month, HttpServletResponse response) throws IOException {
        YearMonth ym = month(month);
        List<OutcomeReturnRepository.ReturnedCrime> crimes = returns.crimes(ym);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"outcome-return-" + ym + "-preview.csv\"");
        OutcomeReturnCsv.writePreview(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                crimes, check::problem);
    }

    private YearMonth month(String value) {
        String given = value == null ? "" : value.trim();
        YearMonth month;
        try {
            month = given.matches("\\d{4}-\\d{2}") ? YearMonth.parse(given) : null;
        } catch (DateTimeParseException e) {
            month = null;
        }
        if (month == null) {
            throw InvalidInputException.field("month", "Give the month as YYYY-MM, for example 2026-10");
        }
        if (month.isBefore(FIRST_MONTH) || month.isAfter(YearMonth.now(clock))) {
            throw InvalidInputException.field("month", "Give a month from " + FIRST_MONTH + " to this month");
        }
        return month;
    }
}
