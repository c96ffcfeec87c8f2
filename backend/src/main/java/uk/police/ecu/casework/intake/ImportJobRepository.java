package uk.police.ecu.casework.intake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ImportJobRepository {

    /** The advisory lock key that serialises import batches across nodes ("ECU-IMPT" in ASCII). */
    private static final long IMPORT_LOCK = 0x4543552D494D5054L;

    private final JdbcClient jdbc;
    private final Clock clock;

    ImportJobRepository(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** A new running import; only a victim list counts referrals, screened-out listings and repeat victims. */
    void create(UUID id, String kind, String fileName, String sha256, byte[] content, String uploadedBy) {
        Integer screeningCounts = VictimListImport.KIND.equals(kind) ? 0 : null;
        jdbc.sql("""
                        INSERT INTO import_job (id, kind, file_name, file_sha256, size_bytes, uploaded_by, uploaded_at,
                            status, referred, screened_out, repeat_victims)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?)""")
                .params(id, kind, fileName, sha256, content.length, uploadedBy, OffsetDateTime.now(clock), screeningCounts, screeningCounts,
                        screeningCounts)
                .update();
        jdbc.sql("INSERT INTO import_file (job_id, content) VALUES (?, ?)").params(id, content).update();
    }

    /** A file refused as a whole keeps its record and reason, but not its content: nothing of it is imported. */
    void reject(UUID id, String fileError) {
        jdbc.sql("UPDATE import_job SET status = 'REJECTED', file_error = ?, finished_at = ? WHERE id = ?")
                .params(fileError, OffsetDateTime.now(clock), id).update();
        jdbc.sql("DELETE FROM import_file WHERE job_id = ?").param(id).update();
    }

    void checked(UUID id, int totalRows, int errorRows, TextEncoding encoding) {
        jdbc.sql("UPDATE import_job SET total_rows = ?, error_rows = ?, good_rows = ?, encoding = ? WHERE id = ?")
                .params(totalRows, errorRows, totalRows - errorRows, encoding.label(), id).update();
    }

    /** Adds a batch's counts; the victim care counts stay NULL on imports that are not victim lists. */
    void batchDone(UUID id, BatchOutcome batch) {
        jdbc.sql("""
                        UPDATE import_job SET good_rows_done = good_rows_done + ?, cases_created = cases_created + ?,
                            duplicates = duplicates + ?, flagged = flagged + ?, referred = referred + ?,
                            screened_out = screened_out + ?, repeat_victims = repeat_victims + ? WHERE id = ?""")
                .params(batch.rows(), batch.created(), batch.duplicates(), batch.flagged(), batch.referred(),
                        batch.screenedOut(), batch.repeatVictims(), id).update();
    }

    /**
     * Takes the cluster-wide import lock until the transaction ends (one import batch at a time on all
     * nodes) and returns the import's committed progress, locked: the good rows done so far.
     */
    int lockProgress(UUID id) {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)").param(IMPORT_LOCK).query(Integer.class).single();
        return jdbc.sql("SELECT good_rows_done FROM import_job WHERE id = ? FOR UPDATE").param(id)
                .query(Integer.class).single();
    }

    /** Only a running import finishes, once, whichever node gets to the end of its file first. */
    void finish(UUID id, String status) {
        jdbc.sql("UPDATE import_job SET status = ?, finished_at = ? WHERE id = ? AND status = 'RUNNING'")
                .params(status, OffsetDateTime.now(clock), id).update();
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

    List<ImportJob> recent(List<String> kinds, int limit) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM import_job WHERE kind IN (:kinds) ORDER BY uploaded_at DESC LIMIT :limit")
                .param("kinds", kinds).param("limit", limit).query(ImportJob.class).list();
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

    /** The file of a running import; empty once the import has finished. */
    Optional<byte[]> content(UUID id) {
        return jdbc.sql("SELECT content FROM import_file WHERE job_id = ?").param(id).query(byte[].class).optional();
    }

    List<ImportReportEntry> reportOf(UUID id) {
        return jdbc.sql("""
                        SELECT kind, line, column_name, value, reason FROM import_report_entry
                        WHERE job_id = ? ORDER BY line, id""")
                .param(id).query(ImportReportEntry.class).list();
    }
}
