package uk.police.ecu.casework.fraud;

import java.time.OffsetDateTime;

/**
 * One threshold at or above which filing a crime needs a supervisor's approval: {@code LOSS_GBP} (whole pounds),
 * {@code VICTIM_AGE} (years on the report date) or {@code NDM_SCORE} (1-10), and who last changed it.
 */
public record FilingApprovalThreshold(String name, String description, int value, String changedBy,
                                      OffsetDateTime changedAt) {
}
