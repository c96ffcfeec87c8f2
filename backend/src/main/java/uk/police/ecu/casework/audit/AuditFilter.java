package uk.police.ecu.casework.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * What an auditor searches by, bound from the query string; every part is optional. {@code from} is
 * inclusive, {@code to} exclusive. {@code fromDate} and {@code toDate} are whole days in England and Wales,
 * both inclusive, as the audit page's date inputs ask for them.
 */
public record AuditFilter(String username, String recordType, String recordId, AuditOperation operation,
                          @DateTimeFormat(iso = ISO.DATE_TIME) OffsetDateTime from,
                          @DateTimeFormat(iso = ISO.DATE_TIME) OffsetDateTime to,
                          @DateTimeFormat(iso = ISO.DATE) LocalDate fromDate,
                          @DateTimeFormat(iso = ISO.DATE) LocalDate toDate) {

    public AuditFilter {
        username = blankToNull(username);
        recordType = blankToNull(recordType);
        recordId = blankToNull(recordId);
    }

    /** The days turned into moments in the force's zone, the narrower bound winning where both are given. */
    AuditFilter inZone(ZoneId zone) {
        OffsetDateTime start = from;
        if (fromDate != null) {
            OffsetDateTime dayStart = fromDate.atStartOfDay(zone).toOffsetDateTime();
            start = start == null || dayStart.isAfter(start) ? dayStart : start;
        }
        OffsetDateTime end = to;
        if (toDate != null) {
            OffsetDateTime dayEnd = toDate.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
            end = end == null || dayEnd.isBefore(end) ? dayEnd : end;
        }
        return new AuditFilter(username, recordType, recordId, operation, start, end, fromDate, toDate);
    }

    /** The filters actually used, as recorded in the search's own audit row. */
    Map<String, Object> describe() {
        Map<String, Object> used = new LinkedHashMap<>();
        put(used, "username", username);
        put(used, "recordType", recordType);
        put(used, "recordId", recordId);
        put(used, "operation", operation == null ? null : operation.name());
        put(used, "from", from == null ? null : from.toString());
        put(used, "to", to == null ? null : to.toString());
        return used;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
