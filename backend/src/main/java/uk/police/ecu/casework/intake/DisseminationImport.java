package uk.police.ecu.casework.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.reference.ReferenceDataRepository;
import uk.police.ecu.casework.security.Role;

/**
 * NFIB dissemination files, read here; fraud's {@link RowHandler} makes each good row a crime. A crime reference
 * repeated with the same content later in the file counts once: the later row is reported as a repeat of the
 * first line and never reaches fraud (see {@link DisseminationRepeats} for rows that disagree).
 */
@Component
class DisseminationImport implements FileImport<DisseminationRow> {

    static final String KIND = "DISSEMINATIONS";

    private final DisseminationCsvReaders readers;
    private final RowHandler<DisseminationRow> crimes;
    private final ImportJobRepository jobs;
    private final ReferenceDataRepository referenceData;
    private final Clock clock;

    DisseminationImport(DisseminationCsvReaders readers, RowHandler<DisseminationRow> crimes, ImportJobRepository jobs,
                        ReferenceDataRepository referenceData, Clock clock) {
        this.readers = readers;
        this.crimes = crimes;
        this.jobs = jobs;
        this.referenceData = referenceData;
        this.clock = clock;
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
        DisseminationRowMapper mapper = new DisseminationRowMapper(referenceData.nfibCodes(),
                referenceData.policingAreas(), LocalDate.now(clock));
        return new DisseminationRepeats(readers.newReader()::read, mapper);
    }

    /** The first line of the file a crime reference was on is kept with the batch, so repeats span batches. */
    @Override
    public BatchOutcome importBatch(UUID jobId, List<DisseminationRow> rows) {
        ImportBatch batch = new ReportedBatch(jobId, jobs);
        List<DisseminationRow> firsts = new ArrayList<>(rows.size());
        int repeats = 0;
        for (DisseminationRow row : rows) {
            Optional<Integer> earlier = jobs.earlierLineOf(jobId, row.crimeReference(), row.line());
            if (earlier.isPresent()) {
                repeats++;
                batch.duplicate(row.line(), "crime_reference", row.crimeReference(),
                        "Crime %s repeats line %d of this file with the same content; counted once"
                                .formatted(row.crimeReference(), earlier.get()));
            } else {
                firsts.add(row);
            }
        }
        BatchOutcome stored = firsts.isEmpty() ? new BatchOutcome(0, 0, 0, 0, 0, 0, 0) : crimes.store(firsts, batch);
        return new BatchOutcome(stored.rows() + repeats, stored.created(), stored.duplicates() + repeats,
                stored.flagged(), stored.referred(), stored.screenedOut(), stored.repeatVictims());
    }
}
