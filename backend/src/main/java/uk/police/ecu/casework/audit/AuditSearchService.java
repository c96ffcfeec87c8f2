package uk.police.ecu.casework.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.shared.InvalidInputException;

/** Searching the audit trail is itself audited: every search and export leaves an AUDIT_SEARCH row. */
@Service
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMINISTRATOR')")
public class AuditSearchService {

    static final int MAX_PAGE_SIZE = 200;
    /** Exports are capped so one request cannot hold the database; narrow the filters for more. */
    static final int MAX_EXPORT_ROWS = 10_000;

    private final AuditEventRepository events;
    private final AuditLog auditLog;

    AuditSearchService(AuditEventRepository events, AuditLog auditLog) {
        this.events = events;
        this.auditLog = auditLog;
    }

    @Transactional
    public AuditPage search(AuditFilter filter, int page, int size) {
        if (page < 0) {
            throw InvalidInputException.field("page", "Page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.field("size", "Page size must be between 1 and " + MAX_PAGE_SIZE);
        }
        requireOrderedPeriod(filter);
        long total = events.count(filter);
        List<AuditEventView> found = events.find(filter, (long) page * size, size);
        auditLog.record(AuditEntry.auditSearch(described(filter, "search", found.size())));
        return new AuditPage(found, page, size, total);
    }

    @Transactional
    public List<AuditEventView> export(AuditFilter filter) {
        requireOrderedPeriod(filter);
        List<AuditEventView> found = events.find(filter, 0, MAX_EXPORT_ROWS);
        auditLog.record(AuditEntry.auditSearch(described(filter, "csv-export", found.size())));
        return found;
    }

    private static Map<String, Object> described(AuditFilter filter, String kind, int returned) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", kind);
        details.put("filters", filter.describe());
        details.put("returned", returned);
        return details;
    }

    private static void requireOrderedPeriod(AuditFilter filter) {
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw InvalidInputException.field("to", "The end of the period must be after its start");
        }
    }
}
