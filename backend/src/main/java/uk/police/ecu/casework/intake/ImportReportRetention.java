package uk.police.ecu.casework.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.retention.Erasure;
import uk.police.ecu.casework.retention.ErasureStamp;
import uk.police.ecu.casework.retention.RetainedRecord;
import uk.police.ecu.casework.retention.RetainedRecords;
import uk.police.ecu.casework.shared.ConflictException;
import uk.police.ecu.casework.shared.NotFoundException;

/**
 * Import reports under the retention schedule, due from the day of upload. A refused row's report
 * keeps the raw cell value (a name, a date of birth, an email address); erasure removes those values
 * and any uploaded file still held, and keeps the counts, lines and reasons.
 */
@Component
class ImportReportRetention implements RetainedRecords {

    private static final List<String> ERASED = List.of("refused cell values", "uploaded file");

    private record State(String status, String erasedBy, OffsetDateTime erasedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ImportReportRetention(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Override
    public String recordType() {
        return "import-report";
    }

    @Override
    public List<RetainedRecord> heldSince(LocalDate startedOnOrBefore, int limit) {
        OffsetDateTime before = startedOnOrBefore.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        return jdbc.sql("""
                        SELECT id, uploaded_at, file_name, total_rows, error_rows FROM import_job
                        WHERE status <> 'RUNNING' AND uploaded_at < ? AND personal_data_erased_at IS NULL
                        ORDER BY uploaded_at, id LIMIT ?""")
                .params(before, limit)
                .query((rs, n) -> new RetainedRecord(rs.getString(1),
                        rs.getObject(2, OffsetDateTime.class).atZoneSameInstant(clock.getZone()).toLocalDate(),
                        "%s: %d rows, %d refused".formatted(rs.getString(3), rs.getInt(4), rs.getInt(5))))
                .list();
    }

    @Override
    public Optional<LocalDate> retainedFrom(String recordId) {
        return parse(recordId).flatMap(id -> jdbc.sql("SELECT uploaded_at FROM import_job WHERE id = ? AND status <> 'RUNNING'")
                .param(id).query(OffsetDateTime.class).optional())
                .map(uploaded -> uploaded.atZoneSameInstant(clock.getZone()).toLocalDate());
    }

    @Override
    public Erasure erase(String recordId, ErasureStamp stamp) {
        UUID id = parse(recordId).orElseThrow(() -> notFound(recordId));
        State state = jdbc.sql("""
                        SELECT status, personal_data_erased_by, personal_data_erased_at FROM import_job
                        WHERE id = ? FOR UPDATE""")
                .param(id)
                .query((rs, n) -> new State(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
                .optional()
                .orElseThrow(() -> notFound(recordId));
        if (state.erasedAt() != null) {
            return Erasure.earlier(state.erasedAt(), state.erasedBy());
        }
        if ("RUNNING".equals(state.status())) {
            throw new ConflictException("This import is still running. Erase its report once it has finished.");
        }
        jdbc.sql("UPDATE import_report_entry SET value = NULL WHERE job_id = ? AND kind = 'ERROR' AND value IS NOT NULL")
                .param(id).update();
        jdbc.sql("DELETE FROM import_file WHERE job_id = ?").param(id).update();
        jdbc.sql("UPDATE import_job SET personal_data_erased_at = ?, personal_data_erased_by = ? WHERE id = ?")
                .params(stamp.at(), stamp.by(), id).update();
        return Erasure.done(stamp, ERASED);
    }

    private static Optional<UUID> parse(String recordId) {
        try {
            return Optional.of(UUID.fromString(recordId.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static NotFoundException notFound(String recordId) {
        return new NotFoundException("There is no import " + recordId.trim());
    }
}
