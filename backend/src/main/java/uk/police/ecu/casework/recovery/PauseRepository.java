package uk.police.ecu.casework.recovery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Times a participant's programme was paused ({@code o2r_participant_pause}). */
@Repository
class PauseRepository {

    private static final String COLUMNS = """
            SELECT id, reason, notes, started_on, ended_on, recorded_by, resumed_by
              FROM o2r_participant_pause""";

    private final JdbcClient jdbc;
    private final Clock clock;

    PauseRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Pause(long id, String reason, String notes, LocalDate startedOn, LocalDate endedOn, String recordedBy,
                 String resumedBy) {

        /** Days off the programme: from the first day paused up to the day before the resume date. */
        long daysPaused() {
            return endedOn == null ? 0 : ChronoUnit.DAYS.between(startedOn, endedOn);
        }
    }

    List<Pause> of(String participant) {
        return jdbc.sql(COLUMNS + " WHERE participant = :participant ORDER BY started_on, id")
                .param("participant", participant).query(Pause.class).list();
    }

    Optional<Pause> open(String participant) {
        return jdbc.sql(COLUMNS + " WHERE participant = :participant AND ended_on IS NULL")
                .param("participant", participant).query(Pause.class).optional();
    }

    Optional<LocalDate> lastEnded(String participant) {
        return jdbc.sql("SELECT max(ended_on) FROM o2r_participant_pause WHERE participant = :participant")
                .param("participant", participant).query(LocalDate.class).optional();
    }

    long daysPaused(String participant) {
        return of(participant).stream().mapToLong(Pause::daysPaused).sum();
    }

    void start(String participant, String reason, String notes, LocalDate startedOn, String by) {
        jdbc.sql("""
                INSERT INTO o2r_participant_pause (participant, reason, notes, started_on, recorded_by, recorded_at)
                VALUES (:participant, :reason, :notes, :startedOn, :by, :at)""")
                .param("participant", participant).param("reason", reason).param("notes", notes)
                .param("startedOn", startedOn).param("by", by).param("at", OffsetDateTime.now(clock)).update();
    }

    void end(long id, LocalDate endedOn, String by) {
        jdbc.sql("""
                UPDATE o2r_participant_pause SET ended_on = :endedOn, resumed_by = :by, resumed_at = :at
                WHERE id = :id AND ended_on IS NULL""")
                .param("endedOn", endedOn).param("by", by).param("at", OffsetDateTime.now(clock)).param("id", id)
                .update();
    }
}
