package uk.police.ecu.casework.fraud;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.police.ecu.casework.shared.CommunicationNeeds;
import uk.police.ecu.casework.shared.CommunicationNeedsRow;

/** The {@code crime_communication_needs} table: how the crime's victim needs to be contacted. */
@Repository
class CommunicationNeedsRepository {

    private final JdbcClient jdbc;

    CommunicationNeedsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CommunicationNeeds> find(String crimeReference) {
        return jdbc.sql("""
                        SELECT n.interpreter_needed, n.interpreter_language, n.preferred_channel, n.times_to_avoid,
                               n.other_needs, n.recorded_by, n.recorded_at
                        FROM crime_communication_needs n JOIN crime c ON c.crime_reference = n.crime_reference
                        WHERE n.crime_reference = :crimeReference AND c.personal_data_erased_at IS NULL""")
                .param("crimeReference", crimeReference)
                .query((rs, n) -> CommunicationNeedsRow.read(rs, "Fraud case " + crimeReference))
                .optional();
    }

    /** A later recording replaces the earlier one. */
    void record(String crimeReference, CommunicationNeeds.Entry needs, String recordedBy, OffsetDateTime at) {
        jdbc.sql("""
                        INSERT INTO crime_communication_needs (crime_reference, interpreter_needed, interpreter_language,
                            preferred_channel, times_to_avoid, other_needs, recorded_by, recorded_at)
                        VALUES (:crimeReference, :interpreterNeeded, :interpreterLanguage, :preferredChannel,
                            :timesToAvoid, :otherNeeds, :recordedBy, :recordedAt)
                        ON CONFLICT (crime_reference) DO UPDATE SET interpreter_needed = EXCLUDED.interpreter_needed,
                            interpreter_language = EXCLUDED.interpreter_language,
                            preferred_channel = EXCLUDED.preferred_channel, times_to_avoid = EXCLUDED.times_to_avoid,
                            other_needs = EXCLUDED.other_needs, recorded_by = EXCLUDED.recorded_by,
                            recorded_at = EXCLUDED.recorded_at""")
                .param("crimeReference", crimeReference)
                .params(CommunicationNeedsRow.parameters(needs, recordedBy, at))
                .update();
    }
}
