package uk.police.ecu.casework.victimcare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.police.ecu.casework.people.PersonMatcher;

/**
 * Possible matches ({@code victim_possible_match}) and the links a confirmed one makes: the listings of the
 * record made for the row move to the person already known, and move back if the link is undone.
 */
@Repository
class PossibleMatchRepository {

    /** What is kept of a possible match's evidence: the rule that raised it and each detail side by side. */
    record StoredEvidence(String rule, String reason, List<PersonMatcher.Evidence> details) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    PossibleMatchRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Raised once for a pair of records; false if that pair was already raised. */
    boolean raise(UUID id, UUID victimId, UUID candidateVictimId, UUID listingId, PersonMatcher.Match match,
                  Instant raisedAt) {
        return jdbc.sql("""
                        INSERT INTO victim_possible_match (id, victim_id, candidate_victim_id, listing_id, evidence, raised_at)
                        VALUES (:id, :victimId, :candidateVictimId, :listingId, CAST(:evidence AS jsonb), :raisedAt)
                        ON CONFLICT (victim_id, candidate_victim_id) DO NOTHING""")
                .param("id", id).param("victimId", victimId).param("candidateVictimId", candidateVictimId)
                .param("listingId", listingId)
                .param("evidence", write(new StoredEvidence(match.rule(), match.reason(), match.evidence())))
                .param("raisedAt", ReferralRepository.utc(raisedAt))
                .update() > 0;
    }

    /** The possible matches of a victim in this status, whichever side of them the victim is on, oldest first. */
    List<VictimDetail.PossibleMatch> ofVictim(UUID victimId, String status) {
        return jdbc.sql(SELECT + """
                         WHERE (m.victim_id = :victimId OR m.candidate_victim_id = :victimId) AND m.status = :status
                        ORDER BY m.raised_at, m.id""")
                .param("victimId", victimId).param("status", status).query(this::map).list();
    }

    /** The possible match, locked until the decision on it is stored. */
    Optional<VictimDetail.PossibleMatch> lock(UUID id) {
        return jdbc.sql(SELECT + " WHERE m.id = :id FOR UPDATE OF m").param("id", id).query(this::map).optional();
    }

    void decide(UUID id, String status, String decidedBy, Instant decidedAt) {
        jdbc.sql("UPDATE victim_possible_match SET status = :status, decided_by = :by, decided_at = :at WHERE id = :id")
                .param("status", status).param("by", decidedBy).param("at", ReferralRepository.utc(decidedAt))
                .param("id", id).update();
    }

    /** An undone link is a possible match again, waiting for a decision. */
    void reopen(UUID id) {
        jdbc.sql("UPDATE victim_possible_match SET status = 'OPEN', decided_by = NULL, decided_at = NULL WHERE id = :id")
                .param("id", id).update();
    }

    /** Whether the victim record is there to link: not erased and not already linked to another. */
    boolean linkable(UUID victimId) {
        return jdbc.sql("SELECT count(*) FROM victim WHERE id = :id AND erased_at IS NULL AND linked_to IS NULL")
                .param("id", victimId).query(Integer.class).single() > 0;
    }

    /** The crimes both records are listed on: such a pair cannot be linked (one person is listed once per crime). */
    List<String> crimesOfBoth(UUID victimId, UUID otherVictimId) {
        return jdbc.sql("""
                        SELECT a.crime_reference FROM victim_listing a JOIN victim_listing b
                            ON b.crime_reference = a.crime_reference AND b.victim_id = :other
                        WHERE a.victim_id = :victim ORDER BY a.crime_reference""")
                .param("victim", victimId).param("other", otherVictimId).query(String.class).list();
    }

    /** The record's listings move to the person it is confirmed to be, and it points there. */
    void link(UUID victimId, UUID toVictimId, Instant at) {
        jdbc.sql("UPDATE victim_listing SET victim_id = :to WHERE victim_id = :victim")
                .param("to", toVictimId).param("victim", victimId).update();
        jdbc.sql("UPDATE victim SET linked_to = :to, linked_at = :at WHERE id = :victim")
                .param("to", toVictimId).param("at", ReferralRepository.utc(at)).param("victim", victimId).update();
        jdbc.sql("UPDATE victim SET repeat_victim = true WHERE id = :to AND "
                        + "(SELECT count(*) FROM victim_listing WHERE victim_id = :to) > 1")
                .param("to", toVictimId).update();
    }

    /**
     * The listings made for the record move back from the person it was linked to, and each is a repeat victim
     * again only if still listed on more than one crime.
     */
    void unlink(UUID victimId, UUID fromVictimId) {
        jdbc.sql("UPDATE victim_listing SET victim_id = :victim WHERE victim_id = :from AND listed_victim_id = :victim")
                .param("victim", victimId).param("from", fromVictimId).update();
        jdbc.sql("UPDATE victim SET linked_to = NULL, linked_at = NULL WHERE id = :victim")
                .param("victim", victimId).update();
        jdbc.sql("""
                        UPDATE victim v SET repeat_victim = (SELECT count(*) FROM victim_listing l WHERE l.victim_id = v.id) > 1
                        WHERE v.id IN (:victim, :from)""")
                .param("victim", victimId).param("from", fromVictimId).update();
    }

    private static final String SELECT = """
            SELECT m.id, m.victim_id, m.candidate_victim_id, l.crime_reference, m.evidence::text AS evidence, m.status,
                   m.raised_at, coalesce(u.display_name, m.decided_by) AS decided_by, m.decided_at
            FROM victim_possible_match m JOIN victim_listing l ON l.id = m.listing_id
                LEFT JOIN app_user u ON u.username = m.decided_by""";

    private VictimDetail.PossibleMatch map(ResultSet rs, int row) throws SQLException {
        StoredEvidence evidence = read(rs.getString("evidence"));
        return new VictimDetail.PossibleMatch(rs.getObject("id", UUID.class), rs.getObject("victim_id", UUID.class),
                rs.getObject("candidate_victim_id", UUID.class), rs.getString("crime_reference"), evidence.rule(),
                evidence.reason(), evidence.details(), rs.getString("status"), ReferralRepository.instant(rs, "raised_at"),
                rs.getString("decided_by"), ReferralRepository.instant(rs, "decided_at"));
    }

    private String write(StoredEvidence evidence) {
        try {
            return json.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Possible match evidence could not be written", e);
        }
    }

    private StoredEvidence read(String evidence) {
        try {
            return json.readValue(evidence, StoredEvidence.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Possible match evidence could not be read", e);
        }
    }
}
