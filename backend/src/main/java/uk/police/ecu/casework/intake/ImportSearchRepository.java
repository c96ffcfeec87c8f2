package uk.police.ecu.casework.intake;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.police.ecu.casework.search.SearchTerms;

/** Imports of some kinds found by the search box by their file's name, in part, ignoring case; newest first. */
@Repository
class ImportSearchRepository {

    record Found(UUID id, String kind, String fileName, String status, OffsetDateTime uploadedAt) {
    }

    private final JdbcClient jdbc;

    ImportSearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Found> search(SearchTerms terms, List<String> kinds) {
        return jdbc.sql("""
                        SELECT id, kind, file_name, status, uploaded_at FROM import_job
                        WHERE kind IN (:kinds) AND file_name ILIKE :contains ESCAPE '\\'
                        ORDER BY lower(file_name) = lower(:text) DESC, uploaded_at DESC, id
                        LIMIT :rows""")
                .param("kinds", kinds).param("contains", terms.contains()).param("text", terms.text())
                .param("rows", terms.rows())
                .query((rs, n) -> new Found(rs.getObject("id", UUID.class), rs.getString("kind"),
                        rs.getString("file_name"), rs.getString("status"),
                        rs.getObject("uploaded_at", OffsetDateTime.class)))
                .list();
    }
}
