package uk.police.ecu.casework.recovery;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Programme reviews ({@code o2r_review}); the current review is the participant's latest planned one. */
@Repository
class ReviewRepository {

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void plan(String participant, int reviewNumber, LocalDate reviewDate) {
        jdbc.sql("""
                INSERT INTO o2r_review (participant, review_number, review_date) VALUES (:participant, :number, :date)
                ON CONFLICT (participant, review_number) DO NOTHING""")
                .param("participant", participant).param("number", reviewNumber).param("date", reviewDate).update();
    }

    /** Newest first. */
    List<Review> of(String participant) {
        return jdbc.sql("SELECT * FROM o2r_review WHERE participant = :participant ORDER BY review_number DESC")
                .param("participant", participant).query(Review.class).list();
    }

    void recordEngagement(String participant, String engagement, String treatmentNotes, String by) {
        jdbc.sql("""
                UPDATE o2r_review SET engagement = :engagement, treatment_notes = :notes, engagement_recorded_by = :by
                WHERE id = (SELECT max(id) FROM o2r_review WHERE participant = :participant)""")
                .param("engagement", engagement).param("notes", treatmentNotes).param("by", by)
                .param("participant", participant).update();
    }

    void recordOffending(String participant, int newOffences, String by) {
        jdbc.sql("""
                UPDATE o2r_review SET new_offences = :newOffences, offending_recorded_by = :by
                WHERE id = (SELECT max(id) FROM o2r_review WHERE participant = :participant)""")
                .param("newOffences", newOffences).param("by", by).param("participant", participant).update();
    }

    void recordReoffendingDecision(String participant, String decision, String rationale) {
        jdbc.sql("""
                UPDATE o2r_review SET reoffending_decision = :decision, reoffending_rationale = :rationale
                WHERE id = (SELECT max(id) FROM o2r_review WHERE participant = :participant)""")
                .param("decision", decision).param("rationale", rationale).param("participant", participant)
                .update();
    }

    void recordReEngagement(String participant, boolean reEngaged, String notes) {
        jdbc.sql("""
                UPDATE o2r_review SET re_engaged = :reEngaged, re_engagement_notes = :notes
                WHERE id = (SELECT max(id) FROM o2r_review WHERE participant = :participant)""")
                .param("reEngaged", reEngaged).param("notes", notes).param("participant", participant).update();
    }
}
