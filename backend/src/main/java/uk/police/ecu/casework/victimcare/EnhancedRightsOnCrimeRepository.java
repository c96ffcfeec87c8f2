package uk.police.ecu.casework.victimcare;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ECVCU's enhanced rights finding, copied onto a crime the ECU holds ({@code victim_enhanced_rights}, a
 * fraud case table keyed by crime reference). Named apart from the fraud module's own use of the table.
 */
@Repository
class EnhancedRightsOnCrimeRepository {

    private final JdbcClient jdbc;

    EnhancedRightsOnCrimeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when added: nothing is added for a crime the ECU does not hold, or one with a category already. */
    boolean addUnlessRecorded(String crimeReference, String category, String reason, String assessedBy,
                              OffsetDateTime assessedAt) {
        return jdbc.sql("""
                        INSERT INTO victim_enhanced_rights (crime_reference, category, reason, assessed_by, assessed_at)
                        SELECT crime_reference, :category, :reason, :assessedBy, :assessedAt FROM crime
                        WHERE crime_reference = :crimeReference
                        ON CONFLICT (crime_reference) DO NOTHING""")
                .param("category", category)
                .param("reason", reason)
                .param("assessedBy", assessedBy)
                .param("assessedAt", assessedAt)
                .param("crimeReference", crimeReference)
                .update() == 1;
    }
}
