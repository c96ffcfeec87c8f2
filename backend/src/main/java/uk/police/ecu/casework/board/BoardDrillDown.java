package uk.police.ecu.casework.board;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.shared.InvalidInputException;

/**
 * The crime records behind one of the board's figures. Only an ECU supervisor, who may open case records, is
 * shown them; an analyst sees the figures alone. Showing them is a consultation of those crimes, audited.
 */
@Service
class BoardDrillDown {

    /**
     * A figure is named as on the page: {@code FRAUD_TYPE:NFIB1D}, {@code AGE_BAND:41-50}, {@code NFIB90:NFIB3A},
     * {@code AVERAGE_LOSS:INDIVIDUAL}, {@code INTENSIFICATION:<campaign id>}, ...
     */
    private static final Pattern FIGURE = Pattern.compile(
            "(FRAUD_TYPE|AGE_BAND|NFIB90):[A-Za-z0-9_+-]{1,20}|AVERAGE_LOSS:(INDIVIDUAL|ORGANISATION)"
                    + "|INTENSIFICATION:[0-9]{1,18}|COURIER_FRAUD|CRIMES|POSITIVE_OUTCOMES");

    private final BoardReportRepository figures;
    private final AuditLog audit;

    BoardDrillDown(BoardReportRepository figures, AuditLog audit) {
        this.figures = figures;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ECU_SUPERVISOR')")
    @Transactional
    List<BoardReportRepository.CaseRow> cases(String figure, LocalDate from, LocalDate to) {
        if (figure == null || !FIGURE.matcher(figure).matches()) {
            throw InvalidInputException.field("figure", "Choose a figure from the board report");
        }
        List<BoardReportRepository.CaseRow> rows = rows(figure, from, to);
        if (!rows.isEmpty()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("list", "board-report");
            details.put("figure", figure);
            details.put("from", from.toString());
            details.put("to", to.toString());
            audit.record(AuditEntry.consultation("crime",
                    rows.stream().map(BoardReportRepository.CaseRow::crimeReference).toList(), null, details));
        }
        return rows;
    }

    private List<BoardReportRepository.CaseRow> rows(String figure, LocalDate from, LocalDate to) {
        String[] parts = figure.split(":", 2);
        String key = parts.length > 1 ? parts[1] : null;
        return switch (parts[0]) {
            case "FRAUD_TYPE" -> figures.casesOfType(key, from, to);
            case "AGE_BAND" -> figures.casesInAgeBand(key, from, to);
            case "NFIB90" -> figures.casesRecategorisedFrom90(key, from, to);
            case "AVERAGE_LOSS" -> figures.casesWithLoss(key, from, to);
            // A campaign's figure counts its own days, not the page's period.
            case "INTENSIFICATION" -> figures.intensificationCases(Long.parseLong(key));
            case "COURIER_FRAUD" -> figures.courierFraudCases(from, to);
            case "POSITIVE_OUTCOMES" -> figures.positiveOutcomeCases(from, to);
            default -> figures.casesReported(from, to);
        };
    }
}
