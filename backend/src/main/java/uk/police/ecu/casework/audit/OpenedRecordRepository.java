package uk.police.ecu.casework.audit;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The records a user opened, read from their consultations on the audit trail: a page that shows one record
 * records a consultation of that one record with no {@code list} detail (lists and searches name theirs).
 */
@Repository
class OpenedRecordRepository {

    private final JdbcClient jdbc;

    OpenedRecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OpenedRecords.Opened> lastOpened(String username, Set<String> recordTypes, int limit) {
        if (recordTypes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT record_type, record_ids[1] AS record_id, max(id) AS latest FROM audit_event
                        WHERE username = :username AND operation = 'CONSULTATION' AND record_type IN (:types)
                          AND cardinality(record_ids) = 1 AND details -> 'list' IS NULL
                        GROUP BY record_type, record_ids[1]
                        ORDER BY latest DESC LIMIT :limit""")
                .param("username", username).param("types", List.copyOf(recordTypes)).param("limit", limit)
                .query((rs, n) -> new OpenedRecords.Opened(rs.getString("record_type"), rs.getString("record_id")))
                .list();
    }
}
