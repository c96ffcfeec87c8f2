package uk.police.ecu.casework.audit;

import java.io.StringWriter;
import java.util.List;
import uk.police.ecu.casework.shared.CsvWriter;

/** Audit search results as a spreadsheet-safe CSV file. */
final class AuditEventCsv {

    private static final List<String> HEADER = List.of("id", "occurred_at", "username", "operation", "record_type",
            "record_ids", "client_address", "justification", "recipient", "details");

    private AuditEventCsv() {
    }

    static String of(List<AuditEventView> events) {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row(HEADER);
        for (AuditEventView event : events) {
            csv.row(List.of(String.valueOf(event.id()), event.occurredAt().toString(), event.username(),
                    event.operation(), event.recordType(), String.join(" ", event.recordIds()),
                    nullToEmpty(event.clientAddress()), nullToEmpty(event.justification()),
                    nullToEmpty(event.recipient()), event.details().toString()));
        }
        return out.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
