package uk.police.ecu.casework.recovery;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Follow-ups after exit ({@code o2r_follow_up}). */
@Repository
class FollowUpRepository {

    private final JdbcClient jdbc;

    FollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record FollowUp(long id, int months, LocalDate dueDate, Boolean abstinent, Boolean reoffended, String notes,
                    String recordedBy, LocalDate recordedOn) {
    }

    void plan(String participant, int months, LocalDate dueDate) {
        jdbc.sql("""
                INSERT INTO o2r_follow_up (participant, months, due_date) VALUES (:participant, :months, :dueDate)
                ON CONFLICT (participant, months) DO NOTHING""")
                .param("participant", participant).param("months", months).param("dueDate", dueDate).update();
    }

    List<FollowUp> of(String participant) {
        return jdbc.sql("SELECT * FROM o2r_follow_up WHERE participant = :participant ORDER BY months")
                .param("participant", participant).query(FollowUp.class).list();
    }

    Optional<FollowUp> next(String participant) {
        return of(participant).stream().filter(f -> f.recordedOn() == null).findFirst();
    }

    void record(long id, boolean abstinent, boolean reoffended, String notes, String by, LocalDate on) {
        jdbc.sql("""
                UPDATE o2r_follow_up SET abstinent = :abstinent, reoffended = :reoffended, notes = :notes,
                    recorded_by = :by, recorded_on = :on
                WHERE id = :id""")
                .param("abstinent", abstinent).param("reoffended", reoffended).param("notes", notes).param("by", by)
                .param("on", on).param("id", id).update();
    }
}
