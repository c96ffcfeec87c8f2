package uk.police.ecu.casework.victimcare;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.police.ecu.casework.shared.NotFoundException;

/** The {@code victim_referral} rows: a referral's stage, attempt round and closure. */
@Repository
class ReferralRepository {

    /** The person a referral is about, as listed on its crime: what a task row shows of them. */
    record ReferredVictim(String forename, String surname, LocalDate dateOfBirth, boolean repeatVictim, BigDecimal lossGbp,
                          String nfibCode, LocalDate reportedDate) {
    }

    private final JdbcClient jdbc;

    ReferralRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the {@code victim_referral_number} sequence, for a new referral reference. */
    long nextNumber() {
        return jdbc.sql("SELECT nextval('victim_referral_number')").query(Long.class).single();
    }

    void create(String reference, UUID listingId, Instant referredAt) {
        jdbc.sql("INSERT INTO victim_referral (reference, listing_id, referred_at) VALUES (:reference, :listingId, :referredAt)")
                .param("reference", reference)
                .param("listingId", listingId)
                .param("referredAt", utc(referredAt))
                .update();
    }

    /** A referral that follows the person's closed one (a closed referral is not reopened: the process ends there). */
    void follows(String reference, String closedReference) {
        jdbc.sql("UPDATE victim_referral SET follows_reference = :closed WHERE reference = :reference")
                .param("closed", closedReference).param("reference", reference).update();
    }

    /** The person's referral still open (not closed), if any: the oldest, if there were ever two. */
    Optional<String> openReferralOf(UUID victimId) {
        return jdbc.sql("""
                        SELECT r.reference FROM victim_referral r JOIN victim_listing l ON l.id = r.listing_id
                        WHERE l.victim_id = :victimId AND r.stage <> 'CLOSED' ORDER BY r.referred_at, r.reference LIMIT 1""")
                .param("victimId", victimId).query(String.class).optional();
    }

    /** The person's latest closed referral, if any. */
    Optional<String> lastClosedReferralOf(UUID victimId) {
        return jdbc.sql("""
                        SELECT r.reference FROM victim_referral r JOIN victim_listing l ON l.id = r.listing_id
                        WHERE l.victim_id = :victimId AND r.stage = 'CLOSED'
                        ORDER BY r.closed_at DESC, r.reference DESC LIMIT 1""")
                .param("victimId", victimId).query(String.class).optional();
    }

    /** A later crime of the person joins their open referral, whose contact plan is then to be reviewed. */
    void joinCrime(String reference, UUID listingId, Instant joinedAt) {
        jdbc.sql("""
                        INSERT INTO victim_referral_crime (listing_id, referral_reference, joined_at)
                        VALUES (:listingId, :reference, :joinedAt)""")
                .param("listingId", listingId).param("reference", reference).param("joinedAt", utc(joinedAt))
                .update();
        jdbc.sql("""
                        UPDATE victim_referral SET contact_plan_review_since = COALESCE(contact_plan_review_since, :at)
                        WHERE reference = :reference""")
                .param("at", utc(joinedAt)).param("reference", reference).update();
    }

    Optional<Referral> find(String reference) {
        return jdbc.sql("""
                        SELECT r.reference, r.listing_id, l.victim_id, l.crime_reference, l.nfib_code, v.repeat_victim,
                               r.referred_at, r.stage, r.attempt_round
                        FROM victim_referral r JOIN victim_listing l ON l.id = r.listing_id JOIN victim v ON v.id = l.victim_id
                        WHERE r.reference = :reference""")
                .param("reference", reference).query(ReferralRepository::map).optional();
    }

    /** The referral a task or request names; a reference that does not exist is "not found". */
    Referral get(String reference) {
        return find(reference).orElseThrow(
                () -> new NotFoundException("There is no referral " + reference));
    }

    Optional<ReferredVictim> referredVictim(String reference) {
        return jdbc.sql("""
                        SELECT v.forename, v.surname, v.date_of_birth, v.repeat_victim, l.loss_gbp, l.nfib_code, l.reported_date
                        FROM victim_listing l JOIN victim v ON v.id = l.victim_id
                        WHERE l.referral_reference = :reference""")
                .param("reference", reference)
                .query((rs, n) -> new ReferredVictim(rs.getString("forename"), rs.getString("surname"),
                        rs.getObject("date_of_birth", LocalDate.class), rs.getBoolean("repeat_victim"),
                        rs.getBigDecimal("loss_gbp"), rs.getString("nfib_code"),
                        rs.getObject("reported_date", LocalDate.class)))
                .optional();
    }

    void setStage(String reference, ReferralStage stage) {
        jdbc.sql("UPDATE victim_referral SET stage = :stage WHERE reference = :reference")
                .param("stage", stage.name())
                .param("reference", reference)
                .update();
    }

    /** After a supervisor's "try again" at a planned contact: the plan's contacts are tried again in a new round. */
    void startNewPlannedContactRound(String reference) {
        jdbc.sql("""
                        UPDATE victim_referral SET attempt_round = attempt_round + 1, stage = 'CONTACT_PLAN_AGREED'
                        WHERE reference = :reference""")
                .param("reference", reference).update();
    }

    void startNewAttemptRound(String reference) {
        jdbc.sql("""
                        UPDATE victim_referral SET attempt_round = attempt_round + 1, stage = 'AWAITING_FIRST_CONTACT'
                        WHERE reference = :reference""")
                .param("reference", reference).update();
    }

    /** Closes the referral and puts the closure on its timeline; {@code closedOn}: the day it happened. */
    void close(String reference, ClosureOutcome outcome, String notes, LocalDate closedOn, String closedBy,
               Instant closedAt) {
        addEvent(reference, "CLOSED", outcome, notes, closedOn, closedBy, closedAt);
        jdbc.sql("""
                        UPDATE victim_referral SET stage = 'CLOSED', closure_outcome = :outcome, closure_notes = :notes,
                            closed_by = :closedBy, closed_at = :closedAt
                        WHERE reference = :reference""")
                .param("outcome", outcome.name())
                .param("notes", notes)
                .param("closedBy", closedBy)
                .param("closedAt", utc(closedAt))
                .param("reference", reference)
                .update();
    }

    /**
     * Reopens a closed referral: back to awaiting first contact in a new round of attempts, its closure
     * cleared here and kept on the timeline. False if it was not closed (nothing changes).
     */
    boolean reopen(String reference, String reason, LocalDate reopenedOn, String reopenedBy, Instant reopenedAt) {
        int changed = jdbc.sql("""
                        UPDATE victim_referral SET stage = 'AWAITING_FIRST_CONTACT', attempt_round = attempt_round + 1,
                            closure_outcome = NULL, closure_notes = NULL, closed_by = NULL, closed_at = NULL
                        WHERE reference = :reference AND stage = 'CLOSED'""")
                .param("reference", reference).update();
        if (changed == 1) {
            addEvent(reference, "REOPENED", null, reason, reopenedOn, reopenedBy, reopenedAt);
        }
        return changed == 1;
    }

    private void addEvent(String reference, String kind, ClosureOutcome outcome, String reason, LocalDate occurredOn,
                          String recordedBy, Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO victim_referral_event (referral_reference, kind, closure_outcome, reason, occurred_on,
                            recorded_by, recorded_at)
                        VALUES (:reference, :kind, :outcome, :reason, :occurredOn, :recordedBy, :recordedAt)""")
                .param("reference", reference).param("kind", kind)
                .param("outcome", outcome == null ? null : outcome.name()).param("reason", reason)
                .param("occurredOn", occurredOn).param("recordedBy", recordedBy).param("recordedAt", utc(recordedAt))
                .update();
    }

    private static Referral map(ResultSet rs, int row) throws SQLException {
        return new Referral(rs.getString("reference"), rs.getObject("listing_id", UUID.class),
                rs.getObject("victim_id", UUID.class), rs.getString("crime_reference"), rs.getString("nfib_code"),
                rs.getBoolean("repeat_victim"), rs.getObject("referred_at", OffsetDateTime.class).toInstant(),
                ReferralStage.valueOf(rs.getString("stage")), rs.getInt("attempt_round"));
    }

    /* The conversions every victim care repository shares: instants are stored as UTC timestamps with time zone. */

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
