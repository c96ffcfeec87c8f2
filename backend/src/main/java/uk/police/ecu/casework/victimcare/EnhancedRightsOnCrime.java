package uk.police.ecu.casework.victimcare;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.fraud.EnhancedRights;

/**
 * Enhanced rights shorten the victim's deadlines in every process: when the ECVCU finds a victim
 * qualifies and the crime is one the ECU holds, the fraud case gets the same assessed category, so its
 * victim updates fall due sooner. A category the ECU already recorded is kept. Fraud records it
 * ({@link EnhancedRights}); victim care audits it as its own finding.
 */
@Component
class EnhancedRightsOnCrime {

    private final EnhancedRights enhancedRights;
    private final AuditLog audit;

    EnhancedRightsOnCrime(EnhancedRights enhancedRights, AuditLog audit) {
        this.enhancedRights = enhancedRights;
        this.audit = audit;
    }

    void record(String crimeReference, String referralReference, EnhancedRightsReason category, String explanation,
                String assessedBy) {
        boolean added = enhancedRights.recordUnlessRecorded(crimeReference, category.name(),
                "ECVCU assessment " + referralReference + ": " + explanation, assessedBy);
        if (added) {
            audit.record(AuditEntry.alteration("victim-enhanced-rights", List.of(crimeReference),
                    Map.of("category", category.name(), "referral", referralReference)));
        }
    }
}
