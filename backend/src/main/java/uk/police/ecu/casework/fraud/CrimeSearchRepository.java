package uk.police.ecu.casework.fraud;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.police.ecu.casework.search.SearchTerms;

/**
 * Crimes found by the search box: by reference (exact first, then containing), or by the victim's name in
 * part, ignoring case, spaces and punctuation; every crime, or only those allocated to {@code teams}.
 */
@Repository
class CrimeSearchRepository {

    record Found(String crimeReference, String victimName, String status) {
    }

    private static final String COLUMNS = "crime_reference, "
            + "CASE WHEN personal_data_erased_at IS NULL THEN victim_name END AS victim_name, status ";

    private final JdbcClient jdbc;

    CrimeSearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Found> search(SearchTerms terms, boolean every, List<String> teams) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM crime
                        WHERE (CAST(:allTeams AS boolean) OR allocated_team IN (:teams))
                          AND (crime_reference = :reference OR crime_reference ILIKE :contains ESCAPE '\\'
                               OR (personal_data_erased_at IS NULL
                                   AND (victim_name ILIKE :contains ESCAPE '\\'
                                        OR upper(regexp_replace(victim_name, '[^[:alnum:]]', '', 'g')) LIKE :key)))
                        ORDER BY crime_reference = :reference DESC, received_at DESC, crime_reference
                        LIMIT :rows""")
                .param("allTeams", every).param("teams", teams.isEmpty() ? List.of("") : teams)
                .param("reference", terms.reference()).param("contains", terms.contains())
                .param("key", terms.keyContains()).param("rows", terms.rows())
                .query((rs, n) -> new Found(rs.getString("crime_reference"), rs.getString("victim_name"),
                        rs.getString("status")))
                .list();
    }

    Optional<Found> find(String crimeReference, boolean every, List<String> teams) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM crime WHERE crime_reference = :reference
                          AND (CAST(:allTeams AS boolean) OR allocated_team IN (:teams))""")
                .param("reference", crimeReference).param("allTeams", every)
                .param("teams", teams.isEmpty() ? List.of("") : teams)
                .query((rs, n) -> new Found(rs.getString("crime_reference"), rs.getString("victim_name"),
                        rs.getString("status")))
                .optional();
    }
}
