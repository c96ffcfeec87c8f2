package uk.police.ecu.casework.victimcare;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.police.ecu.casework.search.SearchTerms;

/**
 * Victims and referrals found by the search box. A name matches in part, ignoring case, and (through the
 * listings' name keys, which the {@code people} module computes) accents, spaces and punctuation; a
 * referral also by its reference or its crime's, exact matches first. Erased and merged victims are not found.
 */
@Repository
class VictimSearchRepository {

    record FoundVictim(UUID id, String name, LocalDate dateOfBirth) {
    }

    record FoundReferral(String reference, String victimName, String crimeReference, String stage) {
    }

    private static final String NAME_MATCHES = """
            (v.forename || ' ' || v.surname ILIKE :contains ESCAPE '\\'
             OR upper(regexp_replace(v.forename || v.surname, '[^[:alnum:]]', '', 'g')) LIKE :key
             OR EXISTS (SELECT 1 FROM victim_listing k WHERE k.victim_id = v.id AND k.listed_name_key LIKE :key))""";

    private static final String REFERRAL_COLUMNS = """
            SELECT r.reference, v.forename || ' ' || v.surname AS victim_name, l.crime_reference, r.stage
            FROM victim_referral r JOIN victim_listing l ON l.id = r.listing_id JOIN victim v ON v.id = l.victim_id
            WHERE v.erased_at IS NULL""";

    private final JdbcClient jdbc;

    VictimSearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<FoundVictim> victims(SearchTerms terms) {
        return jdbc.sql("""
                        SELECT v.id, v.forename || ' ' || v.surname AS name, v.date_of_birth FROM victim v
                        WHERE v.erased_at IS NULL AND v.linked_to IS NULL AND """ + " " + NAME_MATCHES + " " + """
                        ORDER BY v.surname, v.forename, v.id LIMIT :rows""")
                .param("contains", terms.contains()).param("key", terms.keyContains()).param("rows", terms.rows())
                .query((rs, n) -> new FoundVictim(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getObject("date_of_birth", LocalDate.class)))
                .list();
    }

    Optional<FoundVictim> victim(UUID id) {
        return jdbc.sql("""
                        SELECT v.id, v.forename || ' ' || v.surname AS name, v.date_of_birth FROM victim v
                        WHERE v.id = :id AND v.erased_at IS NULL""")
                .param("id", id)
                .query((rs, n) -> new FoundVictim(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getObject("date_of_birth", LocalDate.class)))
                .optional();
    }

    List<FoundReferral> referrals(SearchTerms terms) {
        return jdbc.sql(REFERRAL_COLUMNS + " " + """
                         AND (r.reference = :reference OR l.crime_reference = :reference
                              OR r.reference ILIKE :contains ESCAPE '\\' OR """ + " " + NAME_MATCHES + """
                        )
                        ORDER BY (r.reference = :reference OR l.crime_reference = :reference) DESC,
                                 r.referred_at DESC, r.reference
                        LIMIT :rows""")
                .param("reference", terms.reference()).param("contains", terms.contains())
                .param("key", terms.keyContains()).param("rows", terms.rows())
                .query((rs, n) -> referral(rs))
                .list();
    }

    Optional<FoundReferral> referral(String reference) {
        return jdbc.sql(REFERRAL_COLUMNS + " AND r.reference = :reference").param("reference", reference)
                .query((rs, n) -> referral(rs)).optional();
    }

    private static FoundReferral referral(ResultSet rs) throws SQLException {
        return new FoundReferral(rs.getString("reference"), rs.getString("victim_name"),
                rs.getString("crime_reference"), rs.getString("stage"));
    }
}
