package uk.police.ecu.casework.fraud;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Area teams' refusals of crimes allocated to them ({@code allocation_refusal}). */
@Repository
class AllocationRefusalRepository {

    record Refusal(OffsetDateTime refusedAt, String refusedBy, String team, String reasonCategory, String reason) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AllocationRefusalRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(String reference, String team, String reasonCategory, String reason, String refusedBy) {
        jdbc.sql("""
                        INSERT INTO allocation_refusal (crime_reference, team, reason_category, reason, refused_by, refused_at)
                        VALUES (:crimeReference, :team, :reasonCategory, :reason, :refusedBy, :refusedAt)""")
                .param("crimeReference", reference)
                .param("team", team == null ? "unknown" : team)
                .param("reasonCategory", reasonCategory)
                .param("reason", reason)
                .param("refusedBy", refusedBy)
                .param("refusedAt", OffsetDateTime.now(clock))
                .update();
    }

    List<Refusal> onCase(String reference) {
        return jdbc.sql("""
                        SELECT refused_at, refused_by, team, reason_category, reason FROM allocation_refusal
                        WHERE crime_reference = :crimeReference ORDER BY refused_at""")
                .param("crimeReference", reference)
                .query((rs, n) -> new Refusal(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }
}
