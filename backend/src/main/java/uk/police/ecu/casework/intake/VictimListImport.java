package uk.police.ecu.casework.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.reference.ReferenceDataRepository;
import uk.police.ecu.casework.security.Role;

/**
 * Weekly victim lists, read here; victim care's {@link RowHandler} makes each good row a listing, and what the
 * reader flagged on a row (an NFIB code not on the list, a contact detail left out) goes on the report.
 */
@Component
class VictimListImport implements FileImport<VictimListRow> {

    static final String KIND = "VICTIM_LIST";

    private static final RowFlags<VictimListRow> FLAGS = new RowFlags<>(VictimListRow::line, VictimListRow::flags);

    private final ReferenceDataRepository referenceData;
    private final RowHandler<VictimListRow> listings;
    private final ImportJobRepository jobs;

    VictimListImport(ReferenceDataRepository referenceData, RowHandler<VictimListRow> listings, ImportJobRepository jobs) {
        this.referenceData = referenceData;
        this.listings = listings;
        this.jobs = jobs;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<Role> viewers() {
        return Set.of(Role.VICTIM_CARE_OFFICER);
    }

    @Override
    public RowReader<VictimListRow> reader(LocalDate uploadedOn) {
        return new VictimListCsvReader(referenceData.nfibCodes(), uploadedOn);
    }

    @Override
    public BatchOutcome importBatch(UUID jobId, List<VictimListRow> rows) {
        return FLAGS.store(rows, new ReportedBatch(jobId, jobs), listings);
    }
}
