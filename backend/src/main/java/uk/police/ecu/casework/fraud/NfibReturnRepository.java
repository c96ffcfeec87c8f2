package uk.police.ecu.casework.fraud;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Crimes triage sent back to the NFIB as not for this force ({@code nfib_return}), with the reason. */
@Repository
class NfibReturnRepository {

    record NfibReturn(OffsetDateTime returnedAt, String returnedBy, String reasonCode, String reason) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    NfibReturnRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(String reference, String reasonCode, String reason, String returnedBy) {
        jdbc.sql("""
                        INSERT INTO nfib_return (crime_reference, reason_code, reason, returned_by, returned_at)
                        VALUES (:crimeReference, :reasonCode, :reason, :returnedBy, :returnedAt)""")
                .param("crimeReference", reference)
                .param("reasonCode", reasonCode)
                .param("reason", reason)
                .param("returnedBy", returnedBy)
                .param("returnedAt", OffsetDateTime.now(clock))
                .update();
    }

    Optional<NfibReturn> of(String reference) {
        return jdbc.sql("""
                        SELECT returned_at, returned_by, reason_code, reason FROM nfib_return
                        WHERE crime_reference = :crimeReference""")
                .param("crimeReference", reference)
                .query((rs, n) -> new NfibReturn(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3), rs.getString(4)))
                .optional();
    }
}
