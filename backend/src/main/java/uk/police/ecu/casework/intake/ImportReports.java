package uk.police.ecu.casework.intake;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;

/**
 * An import's report names the rows it refused with their cells (a victim's name, a date of birth), so
 * reading it, on the page or as CSV, is a consultation on the audit trail.
 */
@Service
class ImportReports {

    static final String RECORD_TYPE = "import-report";

    private final ImportJobRepository jobs;
    private final AuditLog audit;

    ImportReports(ImportJobRepository jobs, AuditLog audit) {
        this.jobs = jobs;
        this.audit = audit;
    }

    @Transactional
    List<ImportReportEntry> read(UUID importId, String format) {
        List<ImportReportEntry> report = jobs.reportOf(importId);
        audit.record(AuditEntry.consultation(RECORD_TYPE, List.of(importId.toString()), null,
                Map.of("format", format, "rows", report.size())));
        return report;
    }
}
