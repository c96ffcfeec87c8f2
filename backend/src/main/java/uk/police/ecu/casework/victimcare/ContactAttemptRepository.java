package uk.police.ecu.casework.victimcare;

import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code victim_contact_attempt} rows: failed attempts at first contact (counted by round) or at a planned contact. */
@Repository
class ContactAttemptRepository {

    private final JdbcClient jdbc;

    ContactAttemptRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String referralReference, int attemptRound, UUID plannedContactId, Instant attemptedAt, ContactAttempts.Outcome outcome,
             String notes, String recordedBy, Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO victim_contact_attempt (referral_reference, attempt_round, planned_contact_id, attempted_at, outcome,
                            notes, recorded_by, recorded_at)
                        VALUES (:referralReference, :attemptRound, :plannedContactId, :attemptedAt, :outcome, :notes,
                            :recordedBy, :recordedAt)""")
                .param("plannedContactId", plannedContactId)
                .param("referralReference", referralReference)
                .param("attemptRound", attemptRound)
                .param("attemptedAt", ReferralRepository.utc(attemptedAt))
                .param("outcome", outcome.name())
                .param("notes", notes)
                .param("recordedBy", recordedBy)
                .param("recordedAt", ReferralRepository.utc(recordedAt))
                .update();
    }

    /** The attempts at one planned contact in one round; a supervisor's "try again" starts the next round. */
    int countAtContactInRound(String referralReference, UUID plannedContactId, int attemptRound) {
        return jdbc.sql("""
                        SELECT count(*) FROM victim_contact_attempt
                        WHERE referral_reference = :referralReference AND attempt_round = :attemptRound
                          AND planned_contact_id = :plannedContactId""")
                .param("referralReference", referralReference)
                .param("attemptRound", attemptRound)
                .param("plannedContactId", plannedContactId)
                .query(Integer.class).single();
    }

    /** The first-contact attempts logged in one round of a referral; a supervisor's "try again" starts the next round. */
    int countInRound(String referralReference, int attemptRound) {
        return jdbc.sql("""
                        SELECT count(*) FROM victim_contact_attempt
                        WHERE referral_reference = :referralReference AND attempt_round = :attemptRound
                          AND planned_contact_id IS NULL""")
                .param("referralReference", referralReference)
                .param("attemptRound", attemptRound)
                .query(Integer.class).single();
    }
}
