package uk.police.ecu.casework.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.security.Role;

/** NFIB dissemination files, read here; fraud's {@link RowHandler} makes each good row a crime. */
@Component
class DisseminationImport implements FileImport<DisseminationRow> {

    static final String KIND = "DISSEMINATIONS";

    private final DisseminationCsvReaders readers;
    private final RowHandler<DisseminationRow> crimes;
    private final ImportJobRepository jobs;

    DisseminationImport(DisseminationCsvReaders readers, RowHandler<DisseminationRow> crimes, ImportJobRepository jobs) {
        this.readers = readers;
        this.crimes = crimes;
        this.jobs = jobs;
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
        return crimes.store(rows, new ReportedBatch(jobId, jobs));
    }
}
