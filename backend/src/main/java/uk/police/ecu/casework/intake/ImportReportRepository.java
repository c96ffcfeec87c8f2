package uk.police.ecu.casework.intake;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Import reports as the retention schedule sees them: a finished import's record ({@code import_job}),
 * the raw cell values of its refused rows ({@code import_report_entry}) and any uploaded file still held
 * ({@code import_file}).
 */
@Repository
class ImportReportRepository {

    /** A finished import whose report still holds personal data. */
    record HeldReport(String id, OffsetDateTime uploadedAt, String fileName, int totalRows, int errorRows) {
    }

    record ErasureState(String status, String erasedBy, OffsetDateTime erasedAt) {
    }

    private final JdbcClient jdbc;

    ImportReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<HeldReport> uploadedBefore(OffsetDateTime before, int limit) {
        return jdbc.sql("""
                        SELECT id, uploaded_at, file_name, total_rows, error_rows FROM import_job
                        WHERE status <> 'RUNNING' AND uploaded_at < :before AND personal_data_erased_at IS NULL
                        ORDER BY uploaded_at, id LIMIT :limit""")
                .param("before", before)
                .param("limit", limit)
                .query((rs, n) -> new HeldReport(rs.getString(1), rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }

    /** When a finished import was uploaded; empty while it runs. */
    Optional<OffsetDateTime> uploadedAt(UUID id) {
        return jdbc.sql("SELECT uploaded_at FROM import_job WHERE id = :id AND status <> 'RUNNING'")
                .param("id", id).query(OffsetDateTime.class).optional();
    }

    /** The import's status and erasure, with its row locked to the end of the transaction. */
    Optional<ErasureState> lockForErasure(UUID id) {
        return jdbc.sql("""
                        SELECT status, personal_data_erased_by, personal_data_erased_at FROM import_job
                        WHERE id = :id FOR UPDATE""")
                .param("id", id)
                .query((rs, n) -> new ErasureState(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class)))
                .optional();
    }

    /** Removes the refused rows' cell values and any file still held, and stamps the import. */
    void erase(UUID id, OffsetDateTime at, String by) {
        jdbc.sql("""
                        UPDATE import_report_entry SET value = NULL
                        WHERE job_id = :id AND kind = 'ERROR' AND value IS NOT NULL""")
                .param("id", id).update();
        jdbc.sql("DELETE FROM import_file WHERE job_id = :id").param("id", id).update();
        jdbc.sql("UPDATE import_job SET personal_data_erased_at = :at, personal_data_erased_by = :by WHERE id = :id")
                .param("at", at).param("by", by).param("id", id).update();
    }
}
