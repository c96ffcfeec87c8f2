package uk.police.ecu.casework.victimcare;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Protect activity reported on APMIS ({@code protect_activity}): posts and events, with their figures. */
@Repository
class ProtectActivityRepository {

    private static final String COLUMNS = """
            SELECT id, kind, held_on, title, figure, team_id, recorded_by, recorded_at, corrected_by, corrected_at
            FROM protect_activity""";

    private final JdbcClient jdbc;

    ProtectActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(ProtectActivity.Kind kind, LocalDate heldOn, String title, int figure, String teamId, String recordedBy,
             Instant recordedAt) {
        return jdbc.sql("""
                        INSERT INTO protect_activity (kind, held_on, title, figure, team_id, recorded_by, recorded_at)
                        VALUES (:kind, :heldOn, :title, :figure, :teamId, :recordedBy, :recordedAt) RETURNING id""")
                .param("kind", kind.name())
                .param("heldOn", heldOn)
                .param("title", title)
                .param("figure", figure)
                .param("teamId", teamId)
                .param("recordedBy", recordedBy)
                .param("recordedAt", ReferralRepository.utc(recordedAt))
                .query(Long.class).single();
    }

    /** Activity held or posted in the period, latest first. */
    List<ProtectActivity> heldBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(COLUMNS + " WHERE held_on BETWEEN :from AND :to ORDER BY held_on DESC, id DESC")
                .param("from", from).param("to", to)
                .query((rs, n) -> activity(rs)).list();
    }

    Optional<ProtectActivity> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query((rs, n) -> activity(rs)).optional();
    }

    void correctFigure(long id, int figure, String correctedBy, Instant correctedAt) {
        jdbc.sql("""
                        UPDATE protect_activity SET figure = :figure, corrected_by = :correctedBy,
                            corrected_at = :correctedAt WHERE id = :id""")
                .param("figure", figure)
                .param("correctedBy", correctedBy)
                .param("correctedAt", ReferralRepository.utc(correctedAt))
                .param("id", id)
                .update();
    }

    private static ProtectActivity activity(ResultSet rs) throws SQLException {
        return new ProtectActivity(rs.getLong("id"), ProtectActivity.Kind.valueOf(rs.getString("kind")),
                rs.getObject("held_on", LocalDate.class), rs.getString("title"), rs.getInt("figure"),
                rs.getString("team_id"), rs.getString("recorded_by"), ReferralRepository.instant(rs, "recorded_at"),
                rs.getString("corrected_by"), ReferralRepository.instant(rs, "corrected_at"));
    }
}
