package uk.police.ecu.casework.fraud;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each change of a case's officer in charge ({@code officer_in_charge_change}) and the crime's own record of it. */
@Repository
class OfficerInChargeChangeRepository {

    record Change(OffsetDateTime changedAt, String changedBy, String fromOfficer, String toOfficer, String reason) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    OfficerInChargeChangeRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(String reference, String fromOfficer, String toOfficer, String reason, String changedBy) {
        jdbc.sql("UPDATE crime SET allocated_officer = :toOfficer WHERE crime_reference = :crimeReference")
                .param("toOfficer", toOfficer).param("crimeReference", reference).update();
        jdbc.sql("""
                        INSERT INTO officer_in_charge_change (crime_reference, from_officer, to_officer, reason, changed_by,
                            changed_at)
                        VALUES (:crimeReference, :fromOfficer, :toOfficer, :reason, :changedBy, :changedAt)""")
                .param("crimeReference", reference)
                .param("fromOfficer", fromOfficer)
                .param("toOfficer", toOfficer)
                .param("reason", reason)
                .param("changedBy", changedBy)
                .param("changedAt", OffsetDateTime.now(clock))
                .update();
    }

    List<Change> onCase(String reference) {
        return jdbc.sql("""
                        SELECT changed_at, changed_by, from_officer, to_officer, reason FROM officer_in_charge_change
                        WHERE crime_reference = :crimeReference ORDER BY changed_at""")
                .param("crimeReference", reference)
                .query((rs, n) -> new Change(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }
}
