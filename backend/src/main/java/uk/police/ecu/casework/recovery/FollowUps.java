package uk.police.ecu.casework.recovery;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Follow-ups after exit ({@code o2r_follow_up}). */
@Repository
class FollowUps {

    private final JdbcClient jdbc;

    FollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record FollowUp(long id, int months, LocalDate dueDate, Boolean abstinent, Boolean reoffended, String notes,
                    String recordedBy, LocalDate recordedOn) {
    }

    void plan(String participant, int months, LocalDate dueDate) {
        jdbc.sql("""
                INSERT INTO o2r_follow_up (participant, months, due_date) VALUES (?, ?, ?)
                ON CONFLICT (participant, months) DO NOTHING""").params(participant, months, dueDate).update();
    }

    List<FollowUp> of(String participant) {
        return jdbc.sql("SELECT * FROM o2r_follow_up WHERE participant = ? ORDER BY months")
                .param(participant).query(FollowUp.class).list();
    }

    Optional<FollowUp> next(String participant) {
        return of(participant).stream().filter(f -> f.recordedOn() == null).findFirst();
    }

    void record(long id, boolean abstinent, boolean reoffended, String notes, String by, LocalDate on) {
        jdbc.sql("UPDATE o2r_follow_up SET abstinent = ?, reoffended = ?, notes = ?, recorded_by = ?, recorded_on = ? WHERE id = ?")
                .params(abstinent, reoffended, notes, by, on, id).update();
    }
}
