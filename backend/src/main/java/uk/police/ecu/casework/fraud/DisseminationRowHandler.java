package uk.police.ecu.casework.fraud;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.intake.BatchOutcome;
import uk.police.ecu.casework.intake.DisseminationRow;
import uk.police.ecu.casework.intake.ImportBatch;
import uk.police.ecu.casework.intake.RowHandler;

/**
 * NFIB dissemination files: each good row is received as a crime and starts its triage, once. A crime already
 * known is a duplicate when the row says nothing new, and an amendment (flagged on the report) when it does.
 */
@Component
class DisseminationRowHandler implements RowHandler<DisseminationRow> {

    private final FraudTriageService triage;
    private final Validator validator;

    DisseminationRowHandler(FraudTriageService triage, Validator validator) {
        this.triage = triage;
        this.validator = validator;
    }

    @Override
    public BatchOutcome store(List<DisseminationRow> rows, ImportBatch batch) {
        int created = 0;
        int duplicates = 0;
        int flagged = 0;
        for (DisseminationRow row : rows) {
            Dissemination dissemination = DisseminationRows.toDissemination(row);
            Set<ConstraintViolation<Dissemination>> problems = validator.validate(dissemination);
            if (!problems.isEmpty()) {
                problems.forEach(p -> batch.refused(row.line(), p.getPropertyPath().toString(), null, p.getMessage()));
                continue;
            }
            FraudTriageService.Received received = triage.receive(dissemination,
                    new FraudTriageService.ReceivedFrom(batch.importJobId(), row.line()));
            if (received.refused() != null) {
                batch.refused(row.line(), "crime_reference", row.crimeReference(), received.refused());
            } else if (received.amendment() != null) {
                flagged++;
                batch.flagged(row.line(), "crime_reference", row.crimeReference(),
                        "Amendment: " + received.amendment().summary()
                                + "; the crime is updated and the officer holding the case is asked to review it");
            } else if (received.duplicate()) {
                duplicates++;
                batch.duplicate(row.line(), "crime_reference", row.crimeReference(),
                        "Crime " + row.crimeReference() + " is already known with the same content; it was not started again");
            } else {
                created++;
                if (row.nfibCodeUnknown()) {
                    flagged++;
                    batch.flagged(row.line(), "nfib_code", row.nfibCode(),
                            "NFIB code not in the reference list; accepted and sent for recategorisation");
                }
            }
        }
        return new BatchOutcome(rows.size(), created, duplicates, flagged, 0, 0, 0);
    }
}
