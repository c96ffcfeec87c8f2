package uk.police.ecu.casework.victimcare;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    EnhancedRightsOnCrime(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    void record(String crimeReference, String referralReference, EnhancedRightsReason category, String explanation,
                String assessedBy) {
        int added = jdbc.sql("""
                        INSERT INTO victim_enhanced_rights (crime_reference, category, reason, assessed_by, assessed_at)
                        SELECT crime_reference, ?, ?, ?, ? FROM crime WHERE crime_reference = ?
                        ON CONFLICT (crime_reference) DO NOTHING""")
                .params(category.name(), "ECVCU assessment " + referralReference + ": " + explanation, assessedBy,
                        OffsetDateTime.now(clock), crimeReference)
                .update();
        if (added == 1) {
            audit.record(AuditEntry.alteration("victim-enhanced-rights", List.of(crimeReference),
                    Map.of("category", category.name(), "referral", referralReference)));
        }
    }
}
