package uk.police.ecu.casework.intake;

import java.util.UUID;

/** A batch whose report lines go to its import's report, kinds as the report page shows them. */
record ReportedBatch(UUID importJobId, ImportJobRepository jobs) implements ImportBatch {

    @Override
    public void duplicate(int line, String column, String value, String reason) {
        jobs.report(importJobId, "DUPLICATE", line, column, value, reason);
    }

    @Override
    public void flagged(int line, String column, String value, String reason) {
        jobs.report(importJobId, "FLAGGED", line, column, value, reason);
    }

    @Override
    public void refused(int line, String column, String value, String reason) {
        jobs.report(importJobId, "ERROR", line, column, value, reason);
    }
}
