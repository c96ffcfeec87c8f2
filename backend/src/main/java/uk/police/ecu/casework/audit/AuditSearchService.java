package uk.police.ecu.casework.audit;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.shared.NotFoundException;

/**
 * Searching the audit trail is itself audited: every search and every event opened leaves an AUDIT_SEARCH
 * row; a CSV export, which takes the events out of the application, is recorded as a DISCLOSURE.
 */
@Service
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMINISTRATOR')")
public class AuditSearchService {

    static final int MAX_PAGE_SIZE = 200;
    /** Exports are capped so one request cannot hold the database; narrow the filters for more. */
    static final int MAX_EXPORT_ROWS = 10_000;

    private final AuditEventRepository events;
    private final AuditLog auditLog;
    private final Clock clock;

    AuditSearchService(AuditEventRepository events, AuditLog auditLog, Clock clock) {
        this.events = events;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public AuditPage search(AuditFilter asked, int page, int size) {
        if (page < 0) {
            throw InvalidInputException.field("page", "Page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.field("size", "Page size must be between 1 and " + MAX_PAGE_SIZE);
        }
        AuditFilter filter = inForceTime(asked);
        long total = events.count(filter);
        List<AuditEventView> found = events.find(filter, (long) page * size, size);
        auditLog.record(AuditEntry.auditSearch(described(filter, "search", found.size())));
        return new AuditPage(found, page, size, total);
    }

    /** One event with its place in the chain; opening it is recorded like a search for it. */
    @Transactional
    public AuditEventDetail event(long id) {
        AuditEventDetail detail = events.findDetail(id)
                .orElseThrow(() -> new NotFoundException("There is no audit event " + id));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", "event");
        details.put("eventId", id);
        auditLog.record(AuditEntry.auditSearch(details));
        return detail;
    }

    /** {@code recipient}: who the file goes to, the user downloading it. */
    @Transactional
    public List<AuditEventView> export(AuditFilter asked, String recipient) {
        AuditFilter filter = inForceTime(asked);
        List<AuditEventView> found = events.find(filter, 0, MAX_EXPORT_ROWS);
        auditLog.record(AuditEntry.auditExport(recipient, described(filter, "csv-export", found.size())));
        return found;
    }

    private AuditFilter inForceTime(AuditFilter asked) {
        if (asked.fromDate() != null && asked.toDate() != null && asked.toDate().isBefore(asked.fromDate())) {
            throw InvalidInputException.field("toDate", "The last day must be the same as or after the first day");
        }
        AuditFilter filter = asked.inZone(clock.getZone());
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw InvalidInputException.field("to", "The end of the period must be after its start");
        }
        return filter;
    }

    private static Map<String, Object> described(AuditFilter filter, String kind, int returned) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", kind);
        details.put("filters", filter.describe());
        details.put("returned", returned);
        return details;
    }
}
