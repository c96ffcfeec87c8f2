package uk.police.ecu.casework.board;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import uk.police.ecu.casework.shared.InvalidInputException;

/**
 * The crime records behind one of the board's figures. Only an ECU supervisor, who may open case records, is
 * shown them; an analyst sees the figures alone.
 */
@Service
class BoardDrillDown {

    /** A figure is named as on the page: {@code FRAUD_TYPE:NFIB1D}, {@code AGE_BAND:41-50}, {@code NFIB90:NFIB3A}, ... */
    private static final Pattern FIGURE = Pattern.compile(
            "(FRAUD_TYPE|AGE_BAND|NFIB90):[A-Za-z0-9_+-]{1,20}|COURIER_FRAUD|CRIMES|POSITIVE_OUTCOMES");

    private final BoardReportRepository figures;

    BoardDrillDown(BoardReportRepository figures) {
        this.figures = figures;
    }

    @PreAuthorize("hasRole('ECU_SUPERVISOR')")
    List<BoardReportRepository.CaseRow> cases(String figure, LocalDate from, LocalDate to) {
        if (figure == null || !FIGURE.matcher(figure).matches()) {
            throw InvalidInputException.field("figure", "Choose a figure from the board report");
        }
        String[] parts = figure.split(":", 2);
        String key = parts.length > 1 ? parts[1] : null;
        return switch (parts[0]) {
            case "FRAUD_TYPE" -> figures.casesOfType(key, from, to);
            case "AGE_BAND" -> figures.casesInAgeBand(key, from, to);
            case "NFIB90" -> figures.casesRecategorisedFrom90(key, from, to);
            case "COURIER_FRAUD" -> figures.courierFraudCases(from, to);
            case "POSITIVE_OUTCOMES" -> figures.positiveOutcomeCases(from, to);
            default -> figures.casesReported(from, to);
        };
    }
}
