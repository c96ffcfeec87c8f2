package uk.police.ecu.casework.intake;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.fraud.Dissemination;
import uk.police.ecu.casework.fraud.FraudTriageService;
import uk.police.ecu.casework.security.Role;

/** NFIB dissemination files: each good row is received as a crime and starts its triage, once. */
@Component
class DisseminationImport implements FileImport<DisseminationRow> {

    static final String KIND = "DISSEMINATIONS";

    private final DisseminationCsvReaders readers;
    private final FraudTriageService triage;
    private final ImportJobRepository jobs;
    private final Validator validator;

    DisseminationImport(DisseminationCsvReaders readers, FraudTriageService triage, ImportJobRepository jobs,
                        Validator validator) {
        this.readers = readers;
        this.triage = triage;
        this.jobs = jobs;
        this.validator = validator;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<Role> viewers() {
        return Set.of(Role.ECU_OFFICER, Role.ECU_SUPERVISOR);
    }

    @Override
    public RowReader<DisseminationRow> reader(LocalDate uploadedOn) {
        return readers.newReader()::read;
    }

    @Override
    public BatchOutcome importBatch(UUID jobId, List<DisseminationRow> rows) {
        int created = 0;
        int duplicates = 0;
        int flagged = 0;
        for (DisseminationRow row : rows) {
            Dissemination dissemination = DisseminationRows.toDissemination(row);
            Set<ConstraintViolation<Dissemination>> problems = validator.validate(dissemination);
            if (!problems.isEmpty()) {
                problems.forEach(p -> jobs.report(jobId, "ERROR", row.line(), p.getPropertyPath().toString(),
                        null, p.getMessage()));
                continue;
            }
            FraudTriageService.Received received = triage.receive(dissemination);
            if (received.duplicate()) {
                duplicates++;
                jobs.report(jobId, "DUPLICATE", row.line(), "crime_reference", row.crimeReference(),
                        "Crime " + row.crimeReference() + " is already known; it was not started again");
            } else {
                created++;
                if (row.nfibCodeUnknown()) {
                    flagged++;
                    jobs.report(jobId, "FLAGGED", row.line(), "nfib_code", row.nfibCode(),
                            "NFIB code not in the reference list; accepted and sent for recategorisation");
                }
            }
        }
        return new BatchOutcome(rows.size(), created, duplicates, flagged, 0, 0, 0);
    }
}
