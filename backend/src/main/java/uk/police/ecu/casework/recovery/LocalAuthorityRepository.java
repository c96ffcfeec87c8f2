package uk.police.ecu.casework.recovery;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The programme's local authority areas ({@code o2r_local_authority}). */
@Repository
class LocalAuthorityRepository {

    private static final String COLUMNS = "SELECT id, name, live_from, o2r_team, drug_service_team FROM o2r_local_authority";

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

    void setLiveFrom(String id, LocalDate liveFrom) {
        jdbc.sql("UPDATE o2r_local_authority SET live_from = :liveFrom WHERE id = :id")
                .param("liveFrom", liveFrom).param("id", id).update();
    }
}
