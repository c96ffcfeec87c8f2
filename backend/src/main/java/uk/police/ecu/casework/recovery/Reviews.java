package uk.police.ecu.casework.recovery;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Programme reviews ({@code o2r_review}); the current review is the participant's latest planned one. */
@Repository
class Reviews {

    private final JdbcClient jdbc;

    Reviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void plan(String participant, int reviewNumber, LocalDate reviewDate) {
        jdbc.sql("""
                INSERT INTO o2r_review (participant, review_number, review_date) VALUES (?, ?, ?)
                ON CONFLICT (participant, review_number) DO NOTHING""")
                .params(participant, reviewNumber, reviewDate).update();
    }

    /** Newest first. */
    List<Review> of(String participant) {
        return jdbc.sql("SELECT * FROM o2r_review WHERE participant = ? ORDER BY review_number DESC")
                .param(participant).query(Review.class).list();
    }

    void recordEngagement(String participant, String engagement, String treatmentNotes, String by) {
        jdbc.sql("""
                UPDATE o2r_review SET engagement = ?, treatment_notes = ?, engagement_recorded_by = ?
                WHERE id = (SELECT max(id) FROM o2r_review WHERE participant = ?)""")
                .params(engagement, treatmentNotes, by, participant).update();
    }

    void recordOffending(String participant, int newOffences, String by) {
        jdbc.sql("""
                UPDATE o2r_review SET new_offences = ?, offending_recorded_by = ?
                WHERE id = (SELECT max(id) FROM o2r_review WHERE participant = ?)""")
                .params(newOffences, by, participant).update();
    }

    void recordReoffendingDecision(String participant, String decision, String rationale) {
        jdbc.sql("""
                UPDATE o2r_review SET reoffending_decision = ?, reoffending_rationale = ?
                WHERE id = (SELECT max(id) FROM o2r_review WHERE participant = ?)""")
                .params(decision, rationale, participant).update();
    }

    void recordReEngagement(String participant, boolean reEngaged, String notes) {
        jdbc.sql("""
                UPDATE o2r_review SET re_engaged = ?, re_engagement_notes = ?
                WHERE id = (SELECT max(id) FROM o2r_review WHERE participant = ?)""")
                .params(reEngaged, notes, participant).update();
    }

    /**
     * Reviews missed in a row, counting back from the latest; a successful re-engagement starts the
     * count again.
     */
    int missedInARow(String participant) {
        int missed = 0;
        for (Review review : of(participant)) {
            if (Boolean.TRUE.equals(review.reEngaged()) || !"MISSED".equals(review.engagement())) {
                break;
            }
            missed++;
        }
        return missed;
    }
}
