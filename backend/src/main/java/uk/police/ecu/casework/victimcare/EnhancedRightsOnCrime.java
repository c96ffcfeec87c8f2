package uk.police.ecu.casework.victimcare;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;

/**
 * Enhanced rights shorten the victim's deadlines in every process: when the ECVCU finds a victim
 * qualifies and the crime is one the ECU holds, the fraud case gets the same assessed category, so its
 * victim updates fall due sooner. A category the ECU already recorded is kept.
 */
@Component
class EnhancedRightsOnCrime {

    private final EnhancedRightsOnCrimeRepository enhancedRights;
    private final AuditLog audit;
    private final Clock clock;

    EnhancedRightsOnCrime(EnhancedRightsOnCrimeRepository enhancedRights, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.enhancedRights = enhancedRights;
        this.audit = audit;
    }

    void record(String crimeReference, String referralReference, EnhancedRightsReason category, String explanation,
                String assessedBy) {
        boolean added = enhancedRights.addUnlessRecorded(crimeReference, category.name(),
                "ECVCU assessment " + referralReference + ": " + explanation, assessedBy, OffsetDateTime.now(clock));
        if (added) {
            audit.record(AuditEntry.alteration("victim-enhanced-rights", List.of(crimeReference),
                    Map.of("category", category.name(), "referral", referralReference)));
        }
    }
}
