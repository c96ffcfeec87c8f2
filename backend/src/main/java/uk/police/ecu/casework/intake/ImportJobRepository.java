package uk.police.ecu.casework.intake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
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
                        VALUES (:id, :kind, :fileName, :fileSha256, :sizeBytes, :uploadedBy, :uploadedAt, 'RUNNING',
                            :referred, :screenedOut, :repeatVictims)""")
                .param("id", id)
                .param("kind", kind)
                .param("fileName", fileName)
                .param("fileSha256", sha256)
                .param("sizeBytes", content.length)
                .param("uploadedBy", uploadedBy)
                .param("uploadedAt", OffsetDateTime.now(clock))
                .param("referred", screeningCounts)
                .param("screenedOut", screeningCounts)
                .param("repeatVictims", screeningCounts)
                .update();
        jdbc.sql("INSERT INTO import_file (job_id, content) VALUES (:id, :content)")
                .param("id", id).param("content", content).update();
    }

    /** A file refused as a whole keeps its record and reason, but not its content: nothing of it is imported. */
    void reject(UUID id, String fileError) {
        jdbc.sql("UPDATE import_job SET status = 'REJECTED', file_error = :fileError, finished_at = :finishedAt WHERE id = :id")
                .param("fileError", fileError).param("finishedAt", OffsetDateTime.now(clock)).param("id", id).update();
        jdbc.sql("DELETE FROM import_file WHERE job_id = :id").param("id", id).update();
    }

    void checked(UUID id, int totalRows, int errorRows, TextEncoding encoding) {
        jdbc.sql("""
                        UPDATE import_job SET total_rows = :totalRows, error_rows = :errorRows, good_rows = :goodRows,
                            encoding = :encoding WHERE id = :id""")
                .param("totalRows", totalRows)
                .param("errorRows", errorRows)
                .param("goodRows", totalRows - errorRows)
                .param("encoding", encoding.label())
                .param("id", id)
                .update();
    }

    /** Adds a batch's counts; the victim care counts stay NULL on imports that are not victim lists. */
    void batchDone(UUID id, BatchOutcome batch) {
        jdbc.sql("""
                        UPDATE import_job SET good_rows_done = good_rows_done + :rows, cases_created = cases_created + :created,
                            duplicates = duplicates + :duplicates, flagged = flagged + :flagged, referred = referred + :referred,
                            screened_out = screened_out + :screenedOut, repeat_victims = repeat_victims + :repeatVictims
                        WHERE id = :id""")
                .param("rows", batch.rows())
                .param("created", batch.created())
                .param("duplicates", batch.duplicates())
                .param("flagged", batch.flagged())
                .param("referred", batch.referred())
                .param("screenedOut", batch.screenedOut())
                .param("repeatVictims", batch.repeatVictims())
                .param("id", id)
                .update();
    }

    /**
     * Takes the cluster-wide import lock until the transaction ends (one import batch at a time on all
     * nodes) and returns the import's committed progress, locked: the good rows done so far.
     */
    int lockProgress(UUID id) {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(:key)").param("key", IMPORT_LOCK).query(Integer.class).single();
        return jdbc.sql("SELECT good_rows_done FROM import_job WHERE id = :id FOR UPDATE").param("id", id)
                .query(Integer.class).single();
    }

    /** Only a running import finishes, once, whichever node gets to the end of its file first. */
    void finish(UUID id, String status) {
        jdbc.sql("UPDATE import_job SET status = :status, finished_at = :finishedAt WHERE id = :id AND status = 'RUNNING'")
                .param("status", status).param("finishedAt", OffsetDateTime.now(clock)).param("id", id).update();
        jdbc.sql("DELETE FROM import_file WHERE job_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM import_row_key WHERE job_id = :id").param("id", id).update();
    }

    /**
     * The line an earlier row of the import with the same key was on; empty (and this line kept as the key's
     * first) when no earlier row of the import had it.
     */
    Optional<Integer> earlierLineOf(UUID id, String key, int line) {
        int inserted = jdbc.sql("""
                        INSERT INTO import_row_key (job_id, row_key, line) VALUES (:jobId, :rowKey, :line)
                        ON CONFLICT (job_id, row_key) DO NOTHING""")
                .param("jobId", id).param("rowKey", key).param("line", line).update();
        if (inserted == 1) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT line FROM import_row_key WHERE job_id = :jobId AND row_key = :rowKey")
                .param("jobId", id).param("rowKey", key).query(Integer.class).optional();
    }

    void report(UUID id, String kind, int line, String column, String value, String reason) {
        jdbc.sql("""
                        INSERT INTO import_report_entry (job_id, kind, line, column_name, value, reason)
                        VALUES (:jobId, :kind, :line, :columnName, :value, :reason)""")
                .param("jobId", id)
                .param("kind", kind)
                .param("line", line)
                .param("columnName", column)
                .param("value", value)
                .param("reason", reason)
                .update();
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.sql("SELECT * FROM import_job WHERE id = :id").param("id", id).query(ImportJob.class).optional();
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

    /*
     * Leases. A lease is not a business time: nodes compare it with each other, so one clock judges it, the
     * database's, and the engine clock (which tests and demo data move) has no say in it. The clock is read
     * as each statement runs ({@code clock_timestamp()}), not as its transaction began: a lease renewed at the
     * end of a long batch lasts its full length from then.
     */

    /**
     * Takes the lease of a running import for {@code owner} when it is free, run out, or already the owner's;
     * false when another node holds it live or the import is no longer running.
     */
    boolean takeLease(UUID id, String owner, long seconds) {
        return jdbc.sql("""
                        UPDATE import_job SET lease_owner = :owner,
                            lease_expires_at = clock_timestamp() + make_interval(secs => :seconds)
                        WHERE id = :id AND status = 'RUNNING'
                            AND (lease_owner = :owner OR lease_expires_at IS NULL OR lease_expires_at < clock_timestamp())""")
                .param("id", id).param("owner", owner).param("seconds", seconds).update() == 1;
    }

    /**
     * Claims, for {@code owner}, every running import of the given kinds whose lease has run out: one statement,
     * so when several nodes sweep at once each import goes to exactly one of them.
     */
    List<UUID> claimExpired(List<String> kinds, String owner, long seconds) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        UPDATE import_job SET lease_owner = :owner,
                            lease_expires_at = clock_timestamp() + make_interval(secs => :seconds)
                        WHERE status = 'RUNNING' AND kind IN (:kinds)
                            AND (lease_expires_at IS NULL OR lease_expires_at < clock_timestamp())
                        RETURNING id""")
                .param("kinds", kinds).param("owner", owner).param("seconds", seconds).query(UUID.class).list();
    }

    /** Renews the owner's leases of these imports; the ids of those the owner still holds. */
    List<UUID> renewLeases(Collection<UUID> ids, String owner, long seconds) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        UPDATE import_job SET lease_expires_at = clock_timestamp() + make_interval(secs => :seconds)
                        WHERE id IN (:ids) AND lease_owner = :owner AND status = 'RUNNING'
                        RETURNING id""")
                .param("ids", ids).param("owner", owner).param("seconds", seconds).query(UUID.class).list();
    }

    /** Gives up every lease the owner holds, so another node may take the imports over at once. */
    int releaseLeases(String owner) {
        return jdbc.sql("""
                        UPDATE import_job SET lease_owner = NULL, lease_expires_at = clock_timestamp()
                        WHERE lease_owner = :owner AND status = 'RUNNING'""")
                .param("owner", owner).update();
    }

    Optional<ImportJob> earlierImportOf(String sha256, UUID except) {
        return jdbc.sql("""
                        SELECT * FROM import_job WHERE file_sha256 = :fileSha256 AND id <> :except AND status = 'COMPLETED'
                        ORDER BY uploaded_at LIMIT 1""")
                .param("fileSha256", sha256).param("except", except).query(ImportJob.class).optional();
    }

    /** The file of a running import; empty once the import has finished. */
    Optional<byte[]> content(UUID id) {
        return jdbc.sql("SELECT content FROM import_file WHERE job_id = :id").param("id", id).query(byte[].class).optional();
    }

    List<ImportReportEntry> reportOf(UUID id) {
        return jdbc.sql("""
                        SELECT kind, line, column_name, value, reason FROM import_report_entry
                        WHERE job_id = :id ORDER BY line, id""")
                .param("id", id).query(ImportReportEntry.class).list();
    }
}
