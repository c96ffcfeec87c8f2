package uk.police.ecu.casework.victimcare;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.police.ecu.casework.shared.NotFoundException;

/** The {@code victim_referral} rows: a referral's stage, attempt round and closure. */
@Repository
class ReferralRepository {

    private final JdbcClient jdbc;

    ReferralRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void create(String reference, UUID listingId, Instant referredAt) {
        jdbc.sql("INSERT INTO victim_referral (reference, listing_id, referred_at) VALUES (?, ?, ?)")
                .params(reference, listingId, utc(referredAt)).update();
    }

    Optional<Referral> find(String reference) {
        return jdbc.sql("""
                        SELECT r.reference, r.listing_id, l.victim_id, l.crime_reference, l.nfib_code, v.repeat_victim,
                               r.referred_at, r.stage, r.attempt_round
                        FROM victim_referral r JOIN victim_listing l ON l.id = r.listing_id JOIN victim v ON v.id = l.victim_id
                        WHERE r.reference = ?""")
                .param(reference).query(ReferralRepository::map).optional();
    }

    /** The referral a task or request names; a reference that does not exist is "not found". */
    Referral get(String reference) {
        return find(reference).orElseThrow(
                () -> new NotFoundException("There is no referral " + reference));
    }

    void setStage(String reference, ReferralStage stage) {
        jdbc.sql("UPDATE victim_referral SET stage = ? WHERE reference = ?").params(stage.name(), reference).update();
    }

    void startNewAttemptRound(String reference) {
        jdbc.sql("""
                        UPDATE victim_referral SET attempt_round = attempt_round + 1, stage = 'AWAITING_FIRST_CONTACT'
                        WHERE reference = ?""")
                .param(reference).update();
    }

    void close(String reference, ClosureOutcome outcome, String notes, String closedBy, Instant closedAt) {
        jdbc.sql("""
                        UPDATE victim_referral SET stage = 'CLOSED', closure_outcome = ?, closure_notes = ?, closed_by = ?,
                            closed_at = ?
                        WHERE reference = ?""")
                .params(outcome.name(), notes, closedBy, utc(closedAt), reference).update();
    }

    private static Referral map(ResultSet rs, int row) throws SQLException {
        return new Referral(rs.getString("reference"), rs.getObject("listing_id", UUID.class),
                rs.getObject("victim_id", UUID.class), rs.getString("crime_reference"), rs.getString("nfib_code"),
                rs.getBoolean("repeat_victim"), rs.getObject("referred_at", OffsetDateTime.class).toInstant(),
                ReferralStage.valueOf(rs.getString("stage")), rs.getInt("attempt_round"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
