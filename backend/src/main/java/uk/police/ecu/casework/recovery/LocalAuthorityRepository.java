package uk.police.ecu.casework.recovery;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The programme's local authority areas ({@code o2r_local_authority}) and their history of changes. */
@Repository
class LocalAuthorityRepository {

    private static final String COLUMNS = """
            SELECT id, name, status, pilot_from, live_from, o2r_team, drug_service_team, source
              FROM o2r_local_authority""";

    private final JdbcClient jdbc;

    LocalAuthorityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LocalAuthority> all() {
        return jdbc.sql(COLUMNS + " ORDER BY name").query(LocalAuthority.class).list();
    }

    Optional<LocalAuthority> find(String id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(LocalAuthority.class).optional();
    }

    /** The areas whose O2R team or drug service team the user works in. */
    List<String> areasOfTeams(Collection<String> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id FROM o2r_local_authority WHERE o2r_team IN (:teams) OR drug_service_team IN (:teams)")
                .param("teams", teamIds).query(String.class).list();
    }

    /** Records the area's new place on the programme and adds the change to its history. */
    void change(String id, ProgrammeAreaChange change, String username, Instant at) {
        jdbc.sql("""
                        UPDATE o2r_local_authority SET status = :status, pilot_from = :pilotFrom, live_from = :liveFrom
                         WHERE id = :id""")
                .param("status", change.status()).param("pilotFrom", change.pilotFrom())
                .param("liveFrom", change.liveFrom()).param("id", id).update();
        jdbc.sql("""
                        INSERT INTO o2r_local_authority_change
                            (local_authority, changed_at, changed_by, status, pilot_from, live_from, note)
                        VALUES (:id, :at, :username, :status, :pilotFrom, :liveFrom, :note)""")
                .param("id", id).param("at", Timestamp.from(at)).param("username", username)
                .param("status", change.status()).param("pilotFrom", change.pilotFrom())
                .param("liveFrom", change.liveFrom()).param("note", change.note()).update();
    }

    List<LocalAuthorityChange> history(String id) {
        return jdbc.sql("""
                        SELECT changed_at, changed_by, status, pilot_from, live_from, note
                          FROM o2r_local_authority_change WHERE local_authority = :id ORDER BY changed_at, id""")
                .param("id", id).query(LocalAuthorityChange.class).list();
    }
}
