package uk.police.ecu.casework.retention;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.shared.ConflictException;
import uk.police.ecu.casework.shared.InvalidInputException;

/**
 * The administrator's retention review: which records have reached their review date under the
 * schedule, and erasure of a record's personal data with a justification on the audit trail. The
 * erasure and its audit row share one transaction, so if the row cannot be written nothing is erased.
 */
@Service
@Validated
@PreAuthorize("hasRole('ADMINISTRATOR')")
public class RetentionService {

    static final int LIMIT_PER_TYPE = 500;
    private static final String REVIEW_PURPOSE = "Retention review";

    public record DueRecord(String recordType, String recordTypeName, String recordId, String summary,
                            LocalDate retainedFrom, LocalDate reviewDue) {
    }

    public record DueForReview(LocalDate dueBy, List<DueRecord> records, boolean truncated) {
    }

    public record ErasureRequest(@NotBlank(message = "Choose the type of record") String recordType,
                                 @NotBlank(message = "Give the record's reference") String recordId,
                                 @NotBlank(message = "Give the reason for erasing this personal data")
                                 @Size(max = 2000, message = "The reason must be 2000 characters or fewer")
                                 String justification) {
    }

    public record ErasureDone(String recordType, String recordId, boolean alreadyErased, OffsetDateTime erasedAt,
                              String erasedBy, List<String> erased) {
    }

    private final RetentionScheduleRepository schedule;
    private final Map<String, RetainedRecords> holders;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    RetentionService(RetentionScheduleRepository schedule, List<RetainedRecords> holders, AuditLog audit,
                     CurrentUser currentUser, Clock clock) {
        this.schedule = schedule;
        this.holders = holders.stream().collect(Collectors.toMap(RetainedRecords::recordType, Function.identity()));
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ScheduleEntry> schedule() {
        return schedule.all(holders.keySet());
    }

    /**
     * Records of one type (or of every type the application holds) whose review date falls on or
     * before {@code dueBy} (today when not given), oldest first. Showing record references is a
     * consultation of those records, so the list is audited.
     */
    @Transactional
    public DueForReview due(String recordType, LocalDate dueBy) {
        LocalDate by = dueBy == null ? LocalDate.now(clock) : dueBy;
        List<ScheduleEntry> types = schedule().stream()
                .filter(entry -> recordType == null || entry.recordType().equals(recordType))
                .toList();
        if (recordType != null && types.isEmpty()) {
            throw InvalidInputException.field("recordType", "Choose a record type from the retention schedule");
        }
        List<DueRecord> due = new ArrayList<>();
        boolean truncated = false;
        for (ScheduleEntry type : types) {
            RetainedRecords holder = holders.get(type.recordType());
            if (holder == null) {
                continue;
            }
            List<RetainedRecord> held = holder.heldSince(by.minusMonths(type.reviewAfterMonths()), LIMIT_PER_TYPE + 1);
            truncated |= held.size() > LIMIT_PER_TYPE;
            List<DueRecord> ofType = held.stream().limit(LIMIT_PER_TYPE)
                    .map(r -> new DueRecord(type.recordType(), type.name(), r.recordId(), r.summary(), r.retainedFrom(),
                            r.retainedFrom().plusMonths(type.reviewAfterMonths())))
                    .toList();
            if (!ofType.isEmpty()) {
                audit.record(AuditEntry.consultation(type.recordType(), ofType.stream().map(DueRecord::recordId).toList(),
                        REVIEW_PURPOSE, Map.of("dueBy", by.toString())));
            }
            due.addAll(ofType);
        }
        due.sort(Comparator.comparing(DueRecord::reviewDue).thenComparing(DueRecord::recordId));
        return new DueForReview(by, due, truncated);
    }

    /** Erases the record's personal data; asking again for a record already erased changes nothing. */
    @Transactional
    public ErasureDone erase(@Valid ErasureRequest request) {
        RetainedRecords holder = holders.get(request.recordType().trim());
        if (holder == null) {
            throw InvalidInputException.field("recordType", "Records of this type cannot be erased here");
        }
        String recordId = request.recordId().trim();
        requireDue(holder, recordId);
        // In UTC, as the database gives it back when the same record is asked to be erased again.
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        ErasureStamp stamp = new ErasureStamp(now, currentUser.get().username());
        Erasure erasure = holder.erase(recordId, stamp);
        if (!erasure.alreadyErased()) {
            audit.record(AuditEntry.erasure(holder.recordType(), List.of(recordId), request.justification().trim(),
                    Map.of("erased", erasure.erased())));
        }
        return new ErasureDone(holder.recordType(), recordId, erasure.alreadyErased(), erasure.erasedAt(),
                erasure.erasedBy(), erasure.erased());
    }

    /** Personal data is erased at review, not before: a record whose review falls later is refused. */
    private void requireDue(RetainedRecords holder, String recordId) {
        int reviewAfterMonths = schedule().stream().filter(entry -> entry.recordType().equals(holder.recordType()))
                .findFirst().map(ScheduleEntry::reviewAfterMonths).orElseThrow();
        holder.retainedFrom(recordId).map(from -> from.plusMonths(reviewAfterMonths))
                .filter(due -> due.isAfter(LocalDate.now(clock)))
                .ifPresent(due -> {
                    throw new ConflictException("This record is not due for review until "
                            + due.format(DateTimeFormatter.ofPattern("d MMMM yyyy")) + ", so it cannot be erased yet");
                });
    }
}
