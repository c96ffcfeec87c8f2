package uk.police.ecu.casework.fraud;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code victim_enhanced_rights} table: the Victims' Code category a victim was assessed under, which
 * shortens the deadlines of victim updates.
 */
@Repository
class EnhancedRightsRepository {

    record Assessment(String category, String reason) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    EnhancedRightsRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Assessment> find(String reference) {
        return jdbc.sql("SELECT category, reason FROM victim_enhanced_rights WHERE crime_reference = :crimeReference")
                .param("crimeReference", reference)
                .query((rs, n) -> new Assessment(rs.getString(1), rs.getString(2)))
                .optional();
    }

    boolean exists(String reference) {
        return jdbc.sql("SELECT count(*) FROM victim_enhanced_rights WHERE crime_reference = :crimeReference")
                .param("crimeReference", reference).query(Integer.class).single() > 0;
    }

    /** A later assessment replaces the earlier one. */
    void record(String reference, String category, String reason, String assessedBy) {
        jdbc.sql("""
                        INSERT INTO victim_enhanced_rights (crime_reference, category, reason, assessed_by, assessed_at)
                        VALUES (:crimeReference, :category, :reason, :assessedBy, :assessedAt) ON CONFLICT (crime_reference) DO UPDATE
                        SET category = EXCLUDED.category, reason = EXCLUDED.reason, assessed_by = EXCLUDED.assessed_by,
                            assessed_at = EXCLUDED.assessed_at""")
                .param("crimeReference", reference)
                .param("category", category)
                .param("reason", reason)
                .param("assessedBy", assessedBy)
                .param("assessedAt", OffsetDateTime.now(clock))
                .update();
    }

    /** A needs assessment found the victim not entitled to Enhanced Rights: later updates run to the standard limits. */
    void clear(String reference) {
        jdbc.sql("DELETE FROM victim_enhanced_rights WHERE crime_reference = :crimeReference")
                .param("crimeReference", reference).update();
    }

    /** True when added: nothing is added for a crime the ECU does not hold, or one with a category already. */
    boolean addUnlessRecorded(String reference, String category, String reason, String assessedBy) {
        return jdbc.sql("""
                        INSERT INTO victim_enhanced_rights (crime_reference, category, reason, assessed_by, assessed_at)
                        SELECT crime_reference, :category, :reason, :assessedBy, :assessedAt FROM crime
                        WHERE crime_reference = :crimeReference
                        ON CONFLICT (crime_reference) DO NOTHING""")
                .param("category", category)
                .param("reason", reason)
                .param("assessedBy", assessedBy)
                .param("assessedAt", OffsetDateTime.now(clock))
                .param("crimeReference", reference)
                .update() == 1;
    }
}
