package uk.police.ecu.casework.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

    private final ImportReportRepository reports;
    private final Clock clock;

    ImportReportRetention(ImportReportRepository reports, Clock clock) {
        this.clock = clock;
        this.reports = reports;
    }

    @Override
    public String recordType() {
        return "import-report";
    }

    @Override
    public List<RetainedRecord> heldSince(LocalDate startedOnOrBefore, int limit) {
        OffsetDateTime before = startedOnOrBefore.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        return reports.uploadedBefore(before, limit).stream()
                .map(held -> new RetainedRecord(held.id(),
                        held.uploadedAt().atZoneSameInstant(clock.getZone()).toLocalDate(),
                        "%s: %d rows, %d refused".formatted(held.fileName(), held.totalRows(), held.errorRows())))
                .toList();
    }

    @Override
    public Optional<LocalDate> retainedFrom(String recordId) {
        return parse(recordId).flatMap(reports::uploadedAt)
                .map(uploaded -> uploaded.atZoneSameInstant(clock.getZone()).toLocalDate());
    }

    @Override
    public Erasure erase(String recordId, ErasureStamp stamp) {
        UUID id = parse(recordId).orElseThrow(() -> notFound(recordId));
        ImportReportRepository.ErasureState state = reports.lockForErasure(id)
                .orElseThrow(() -> notFound(recordId));
        if (state.erasedAt() != null) {
            return Erasure.earlier(state.erasedAt(), state.erasedBy());
        }
        if ("RUNNING".equals(state.status())) {
            throw new ConflictException("This import is still running. Erase its report once it has finished.");
        }
        reports.erase(id, stamp.at(), stamp.by());
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
