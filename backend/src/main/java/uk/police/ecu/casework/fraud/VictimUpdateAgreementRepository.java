package uk.police.ecu.casework.fraud;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How often, and how, the victim agreed to be updated: the first agreement and every change after it. */
@Repository
class VictimUpdateAgreementRepository {

    record Agreement(long id, int everyDays, String method, LocalDate agreedOn, String reason, String recordedBy,
                     OffsetDateTime recordedAt) {
    }

    record NewAgreement(String reference, int everyDays, String method, LocalDate agreedOn, String reason,
                        String recordedBy, OffsetDateTime recordedAt) {
    }

    private static final String COLUMNS = "id, every_days, method, agreed_on, reason, recorded_by, recorded_at";

    private final JdbcClient jdbc;

    private final String zone;

    VictimUpdateAgreementRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone().getId();
    }

    void record(NewAgreement agreement) {
        jdbc.sql("""
                        INSERT INTO victim_update_agreement (crime_reference, every_days, method, agreed_on, reason,
                            recorded_by, recorded_at)
                        VALUES (:reference, :everyDays, :method, :agreedOn, :reason, :recordedBy, :recordedAt)""")
                .param("reference", agreement.reference())
                .param("everyDays", agreement.everyDays())
                .param("method", agreement.method())
                .param("agreedOn", agreement.agreedOn())
                .param("reason", agreement.reason())
                .param("recordedBy", agreement.recordedBy())
                .param("recordedAt", agreement.recordedAt())
                .update();
    }

    /** The agreement in force: the latest recorded. */
    Optional<Agreement> current(String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM victim_update_agreement WHERE crime_reference = :reference "
                        + "ORDER BY id DESC LIMIT 1")
                .param("reference", reference).query(VictimUpdateAgreementRepository::agreement).optional();
    }

    /** The first agreement and every change, oldest first. */
    List<Agreement> onCase(String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM victim_update_agreement WHERE crime_reference = :reference "
                        + "ORDER BY id")
                .param("reference", reference).query(VictimUpdateAgreementRepository::agreement).list();
    }

    /** The day the victim was first told who their officer is and agreed how often to hear: timing starts there. */
    Optional<LocalDate> firstAgreedOn(String reference) {
        return jdbc.sql("SELECT agreed_on FROM victim_update_agreement WHERE crime_reference = :reference "
                        + "ORDER BY id LIMIT 1")
                .param("reference", reference).query(LocalDate.class).optional();
    }

    /**
     * The day of the last regular update: the day the victim was told, or, when they could not be reached, the
     * day the attempt was recorded (so an unanswered update does not fall due again at once).
     */
    Optional<LocalDate> lastRegularUpdateOn(String reference) {
        return jdbc.sql("""
                        SELECT coalesce(told_on, CAST(recorded_at AT TIME ZONE :zone AS date))
                        FROM victim_update WHERE crime_reference = :reference AND update_type = 'REGULAR'
                        ORDER BY recorded_at DESC, id DESC LIMIT 1""")
                .param("reference", reference).param("zone", zone).query(LocalDate.class).optional();
    }

    private static Agreement agreement(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Agreement(rs.getLong("id"), rs.getInt("every_days"), rs.getString("method"),
                rs.getObject("agreed_on", LocalDate.class), rs.getString("reason"), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
