package uk.police.ecu.casework.recovery;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.police.ecu.casework.search.SearchTerms;

/**
 * Participants of some local authority areas found by the search box: by reference (exact first) or by name
 * in part, ignoring case, spaces and punctuation.
 */
@Repository
class ParticipantSearchRepository {

    record Found(String reference, String name, String status) {
    }

    private final JdbcClient jdbc;

    ParticipantSearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Found> search(SearchTerms terms, List<String> areas) {
        return jdbc.sql("""
                        SELECT reference, name, status FROM o2r_participant
                        WHERE local_authority IN (:areas)
                          AND (reference = :reference OR reference ILIKE :contains ESCAPE '\\'
                               OR name ILIKE :contains ESCAPE '\\'
                               OR upper(regexp_replace(name, '[^[:alnum:]]', '', 'g')) LIKE :key)
                        ORDER BY reference = :reference DESC, referral_date DESC, reference DESC
                        LIMIT :rows""")
                .param("areas", areas).param("reference", terms.reference()).param("contains", terms.contains())
                .param("key", terms.keyContains()).param("rows", terms.rows())
                .query((rs, n) -> new Found(rs.getString("reference"), rs.getString("name"), rs.getString("status")))
                .list();
    }

    Optional<Found> find(String reference, List<String> areas) {
        return jdbc.sql("""
                        SELECT reference, name, status FROM o2r_participant
                        WHERE reference = :reference AND local_authority IN (:areas)""")
                .param("reference", reference).param("areas", areas)
                .query((rs, n) -> new Found(rs.getString("reference"), rs.getString("name"), rs.getString("status")))
                .optional();
    }
}
