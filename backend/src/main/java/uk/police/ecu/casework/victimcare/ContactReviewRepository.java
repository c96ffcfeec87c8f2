package uk.police.ecu.casework.victimcare;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code victim_contact_review} rows: a supervisor's decision on each round of failed attempts. */
@Repository
class ContactReviewRepository {

    private final JdbcClient jdbc;

    ContactReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String referralReference, int attemptRound, UnableToContactReviewTask.Decision decision, String reason,
             String decidedBy, Instant decidedAt) {
        jdbc.sql("""
                        INSERT INTO victim_contact_review (referral_reference, attempt_round, decision, reason, decided_by, decided_at)
                        VALUES (:referralReference, :attemptRound, :decision, :reason, :decidedBy, :decidedAt)""")
                .param("referralReference", referralReference)
                .param("attemptRound", attemptRound)
                .param("decision", decision.name())
                .param("reason", reason)
                .param("decidedBy", decidedBy)
                .param("decidedAt", ReferralRepository.utc(decidedAt))
                .update();
    }
}
