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

    /** {@code result}: null while planned; FOLLOWED_UP, NOT_TRACED or CANCELLED (with why) once settled. */
    record FollowUp(long id, int months, LocalDate dueDate, String result, Boolean abstinent, Boolean reoffended,
                    String notes, String recordedBy, LocalDate recordedOn, String cancelledReason) {
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
        return of(participant).stream().filter(f -> f.result() == null).findFirst();
    }

    /** {@code abstinent} and {@code reoffended} are null for a person not traced. */
    void record(long id, String result, Boolean abstinent, Boolean reoffended, String notes, String by, LocalDate on) {
        jdbc.sql("""
                UPDATE o2r_follow_up SET result = :result, abstinent = :abstinent, reoffended = :reoffended,
                    notes = :notes, recorded_by = :by, recorded_on = :on
                WHERE id = :id""")
                .param("result", result).param("abstinent", abstinent).param("reoffended", reoffended)
                .param("notes", notes).param("by", by).param("on", on).param("id", id).update();
    }

    /** Cancels every follow-up still planned, so nothing is left planned after a death or a final exit. */
    int cancelPlanned(String participant, String why) {
        return jdbc.sql("""
                UPDATE o2r_follow_up SET result = 'CANCELLED', cancelled_reason = :why
                WHERE participant = :participant AND result IS NULL""")
                .param("participant", participant).param("why", why).update();
    }
}
