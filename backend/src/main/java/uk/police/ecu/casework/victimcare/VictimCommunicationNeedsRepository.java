package uk.police.ecu.casework.victimcare;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.police.ecu.casework.shared.CommunicationNeeds;
import uk.police.ecu.casework.shared.CommunicationNeedsRow;

/** The {@code victim_communication_needs} table: how a person victim care supports needs to be contacted. */
@Repository
class VictimCommunicationNeedsRepository {

    /** The person a referral is for, and the crime they were listed on. */
    record ReferredPerson(UUID victimId, String crimeReference) {
    }

    private static final String COLUMNS = """
            n.interpreter_needed, n.interpreter_language, n.preferred_channel, n.times_to_avoid, n.other_needs,
            n.recorded_by, n.recorded_at""";

    private final JdbcClient jdbc;

    VictimCommunicationNeedsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CommunicationNeeds> find(UUID victimId) {
        return jdbc.sql("SELECT " + COLUMNS + """

                        FROM victim_communication_needs n JOIN victim v ON v.id = n.victim_id
                        WHERE n.victim_id = :victimId AND v.erased_at IS NULL""")
                .param("victimId", victimId)
                .query((rs, n) -> CommunicationNeedsRow.read(rs, "Victim care")).optional();
    }

    /** The needs of the person listed as a victim of the crime (the first recorded, if several are listed). */
    Optional<CommunicationNeeds> ofVictimOf(String crimeReference) {
        return jdbc.sql("SELECT " + COLUMNS + """

                        FROM victim_communication_needs n JOIN victim v ON v.id = n.victim_id
                        WHERE v.erased_at IS NULL AND EXISTS (SELECT 1 FROM victim_listing l
                            WHERE l.victim_id = v.id AND l.crime_reference = :crimeReference)
                        ORDER BY n.recorded_at LIMIT 1""")
                .param("crimeReference", crimeReference)
                .query((rs, n) -> CommunicationNeedsRow.read(rs, "Victim care")).optional();
    }

    Optional<ReferredPerson> referredPerson(String referralReference) {
        return jdbc.sql("""
                        SELECT l.victim_id, l.crime_reference FROM victim_listing l
                        WHERE l.referral_reference = :reference""")
                .param("reference", referralReference)
                .query((rs, n) -> new ReferredPerson(rs.getObject(1, UUID.class), rs.getString(2))).optional();
    }

    /** A later recording replaces the earlier one. */
    void record(UUID victimId, CommunicationNeeds.Entry needs, String recordedBy, OffsetDateTime at) {
        jdbc.sql("""
                        INSERT INTO victim_communication_needs (victim_id, interpreter_needed, interpreter_language,
                            preferred_channel, times_to_avoid, other_needs, recorded_by, recorded_at)
                        VALUES (:victimId, :interpreterNeeded, :interpreterLanguage, :preferredChannel,
                            :timesToAvoid, :otherNeeds, :recordedBy, :recordedAt)
                        ON CONFLICT (victim_id) DO UPDATE SET interpreter_needed = EXCLUDED.interpreter_needed,
                            interpreter_language = EXCLUDED.interpreter_language,
                            preferred_channel = EXCLUDED.preferred_channel, times_to_avoid = EXCLUDED.times_to_avoid,
                            other_needs = EXCLUDED.other_needs, recorded_by = EXCLUDED.recorded_by,
                            recorded_at = EXCLUDED.recorded_at""")
                .param("victimId", victimId)
                .params(CommunicationNeedsRow.parameters(needs, recordedBy, at))
                .update();
    }
}
