package uk.police.ecu.casework.fraud;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code crime_amendment} table: each re-sent dissemination that changed a crime, with what it changed. */
@Repository
class CrimeAmendmentRepository {

    private static final TypeReference<Map<String, AmendedFields.Change>> CHANGES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    CrimeAmendmentRepository(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    long record(String reference, UUID importJobId, Integer importLine, Map<String, AmendedFields.Change> changes,
                String receivedBy) {
        return jdbc.sql("""
                        INSERT INTO crime_amendment (crime_reference, import_job_id, import_line, changes, received_by,
                            received_at)
                        VALUES (:crimeReference, :importJobId, :importLine, CAST(:changes AS jsonb), :receivedBy, :receivedAt)
                        RETURNING id""")
                .param("crimeReference", reference)
                .param("importJobId", importJobId)
                .param("importLine", importLine)
                .param("changes", write(changes))
                .param("receivedBy", receivedBy)
                .param("receivedAt", OffsetDateTime.now(clock))
                .query(Long.class).single();
    }

    /** Newest first. */
    List<CrimeAmendment> onCase(String reference) {
        return jdbc.sql("""
                        SELECT id, crime_reference, import_job_id, import_line, changes::text AS changes, received_by,
                            received_at, acknowledged_by, acknowledged_at
                        FROM crime_amendment WHERE crime_reference = :crimeReference ORDER BY id DESC""")
                .param("crimeReference", reference)
                .query(this::amendment)
                .list();
    }

    /** @return false when the amendment was already acknowledged (or is not of this crime) */
    boolean acknowledge(long id, String reference, String by) {
        return jdbc.sql("""
                        UPDATE crime_amendment SET acknowledged_by = :acknowledgedBy, acknowledged_at = :acknowledgedAt
                        WHERE id = :id AND crime_reference = :crimeReference AND acknowledged_at IS NULL""")
                .param("acknowledgedBy", by)
                .param("acknowledgedAt", OffsetDateTime.now(clock))
                .param("id", id)
                .param("crimeReference", reference)
                .update() == 1;
    }

    private CrimeAmendment amendment(ResultSet rs, int n) throws SQLException {
        List<AmendedFields.FieldChange> changes = AmendedFields.shown(read(rs.getString("changes")));
        return new CrimeAmendment(rs.getLong("id"), rs.getString("crime_reference"),
                rs.getObject("import_job_id", UUID.class), (Integer) rs.getObject("import_line"), changes,
                AmendedFields.summary(changes), rs.getString("received_by"),
                rs.getObject("received_at", OffsetDateTime.class), rs.getString("acknowledged_by"),
                rs.getObject("acknowledged_at", OffsetDateTime.class));
    }

    private String write(Map<String, AmendedFields.Change> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Changes of strings always serialise", e);
        }
    }

    private Map<String, AmendedFields.Change> read(String changes) {
        try {
            return json.readValue(changes, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("crime_amendment.changes holds {field: {was, now}}", e);
        }
    }
}
