package uk.police.ecu.casework.fraud;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.shared.NotFoundException;

/**
 * The thresholds the filing-approval decision weighs, kept as settings so the force, not the code, decides
 * when filing needs a supervisor. A change applies to the next filing proposed and is on the audit trail
 * with who made it, when, and the old and new value.
 */
@Service
@Validated
public class FilingApprovalThresholds {

    /** Process variables the decision table reads the thresholds from. */
    static final String LOSS_THRESHOLD = "lossThresholdGbp";
    static final String AGE_THRESHOLD = "victimAgeThreshold";
    static final String NDM_THRESHOLD = "ndmScoreThreshold";
    static final String REPEAT_VICTIM_THRESHOLD = "repeatVictimReportsThreshold";
    static final String REPEAT_VICTIM_MONTHS = "repeatVictimMonths";

    private static final Map<String, Integer> MAXIMUM = Map.of("LOSS_GBP", 100_000_000, "VICTIM_AGE", 130,
            "NDM_SCORE", 10, "REPEAT_VICTIM_REPORTS", 1000, "REPEAT_VICTIM_MONTHS", 120);

    public record Change(@NotNull(message = "Enter the new threshold") Integer value) {
    }

    private final FilingApprovalThresholdRepository thresholds;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    FilingApprovalThresholds(FilingApprovalThresholdRepository thresholds, AuditLog audit, CurrentUser currentUser,
                             Clock clock) {
        this.thresholds = thresholds;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<FilingApprovalThreshold> all() {
        return thresholds.all();
    }

    @Transactional
    public FilingApprovalThreshold change(String name, @Valid Change change) {
        FilingApprovalThreshold old = thresholds.find(name)
                .orElseThrow(() -> new NotFoundException("No filing approval threshold " + name));
        int value = change.value();
        if (value < 0 || value > MAXIMUM.get(name)) {
            throw InvalidInputException.field("value", "Enter a whole number from 0 to " + MAXIMUM.get(name));
        }
        String by = currentUser.get().username();
        thresholds.change(name, value, by, OffsetDateTime.now(clock));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("change", "filing approval threshold");
        details.put("old", old.value());
        details.put("new", value);
        audit.record(AuditEntry.alteration("filing-approval-threshold", List.of(name), details));
        return thresholds.find(name).orElseThrow();
    }

    /** The thresholds as the decision table's variables. */
    Map<String, Object> asVariables() {
        Map<String, Integer> byName = new LinkedHashMap<>();
        thresholds.all().forEach(threshold -> byName.put(threshold.name(), threshold.value()));
        return Map.of(LOSS_THRESHOLD, byName.get("LOSS_GBP"), AGE_THRESHOLD, byName.get("VICTIM_AGE"),
                NDM_THRESHOLD, byName.get("NDM_SCORE"), REPEAT_VICTIM_THRESHOLD, byName.get("REPEAT_VICTIM_REPORTS"),
                REPEAT_VICTIM_MONTHS, byName.get("REPEAT_VICTIM_MONTHS"));
    }
}
