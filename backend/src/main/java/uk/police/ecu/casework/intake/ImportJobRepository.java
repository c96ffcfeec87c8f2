package uk.police.ecu.casework.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ImportJobRepository {

    private final JdbcClient jdbc;

    ImportJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void create(UUID id, String kind, String fileName, String sha256, byte[] content, String uploadedBy) {
        jdbc.sql("""
                        INSERT INTO import_job (id, kind, file_name, file_sha256, size_bytes, uploaded_by, status)
                        VALUES (?, ?, ?, ?, ?, ?, 'RUNNING')""")
                .params(id, kind, fileName, sha256, content.length, uploadedBy).update();
        jdbc.sql("INSERT INTO import_file (job_id, content) VALUES (?, ?)").params(id, content).update();
    }

    void reject(UUID id, String fileError) {
        jdbc.sql("UPDATE import_job SET status = 'REJECTED', file_error = ?, finished_at = now() WHERE id = ?")
                .params(fileError, id).update();
    }

    void checked(UUID id, int totalRows, int errorRows) {
        jdbc.sql("UPDATE import_job SET total_rows = ?, error_rows = ?, good_rows = ? WHERE id = ?")
                .params(totalRows, errorRows, totalRows - errorRows, id).update();
    }

    void batchDone(UUID id, int goodRows, int created, int duplicates, int flagged) {
        jdbc.sql("""
                        UPDATE import_job SET good_rows_done = good_rows_done + ?, cases_created = cases_created + ?,
                            duplicates = duplicates + ?, flagged = flagged + ? WHERE id = ?""")
                .params(goodRows, created, duplicates, flagged, id).update();
    }

    void finish(UUID id, String status) {
        jdbc.sql("UPDATE import_job SET status = ?, finished_at = now() WHERE id = ?").params(status, id).update();
        jdbc.sql("DELETE FROM import_file WHERE job_id = ?").param(id).update();
    }

    void report(UUID id, String kind, int line, String column, String value, String reason) {
        jdbc.sql("""
                        INSERT INTO import_report_entry (job_id, kind, line, column_name, value, reason)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, kind, line, column, value, reason).update();
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.sql("SELECT * FROM import_job WHERE id = ?").param(id).query(ImportJob.class).optional();
    }

    List<ImportJob> recent(String kind, int limit) {
        return jdbc.sql("SELECT * FROM import_job WHERE kind = ? ORDER BY uploaded_at DESC LIMIT ?")
                .params(kind, limit).query(ImportJob.class).list();
    }

    List<UUID> running() {
        return jdbc.sql("SELECT id FROM import_job WHERE status = 'RUNNING' ORDER BY uploaded_at")
                .query(UUID.class).list();
    }

    Optional<ImportJob> earlierImportOf(String sha256, UUID except) {
        return jdbc.sql("""
                        SELECT * FROM import_job WHERE file_sha256 = ? AND id <> ? AND status = 'COMPLETED'
                        ORDER BY uploaded_at LIMIT 1""")
                .params(sha256, except).query(ImportJob.class).optional();
    }

    byte[] content(UUID id) {
        return jdbc.sql("SELECT content FROM import_file WHERE job_id = ?").param(id).query(byte[].class).single();
    }

    List<ImportReportEntry> reportOf(UUID id) {
        return jdbc.sql("""
                        SELECT kind, line, column_name, value, reason FROM import_report_entry
                        WHERE job_id = ? ORDER BY line, id""")
                .param(id).query(ImportReportEntry.class).list();
    }
}
