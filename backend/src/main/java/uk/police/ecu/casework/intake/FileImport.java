package uk.police.ecu.casework.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.police.ecu.casework.security.Role;

/**
 * One kind of file the unit imports (disseminations, weekly victim lists): how its rows are read,
 * how a batch of good rows is stored and who may see its imports. The upload, the checking pass,
 * the background batches, progress, resuming and the report are the same for every kind.
 */
interface FileImport<R> {

    /** The {@code import_job.kind} of this kind's imports. */
    String kind();

    /** Roles that may see this kind's imports and their reports. */
    Set<Role> viewers();

    /**
     * A reader for a file uploaded on a given day: the checking pass and every later pass of the
     * same import read the file against the same day, so they agree on which rows are good.
     */
    RowReader<R> reader(LocalDate uploadedOn);

    /** Stores a batch of good rows inside the batch's transaction, reporting per row as it goes. */
    BatchOutcome importBatch(UUID jobId, List<R> rows);
}
