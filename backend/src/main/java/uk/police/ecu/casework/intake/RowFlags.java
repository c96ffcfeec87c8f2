package uk.police.ecu.casework.intake;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Puts on the report what the reader flagged on rows it kept (a code not on the list, a contact detail left
 * out) once the capability has stored them, in the batch's transaction so a resumed import flags nothing
 * twice. A row the capability did not store (a duplicate, refused by its own rules) is not flagged: nothing
 * was kept to look at. The batch's flagged count gains each row flagged here and not already by the capability.
 */
final class RowFlags<R> {

    private final Function<R, Integer> line;
    private final Function<R, List<RowError>> flags;

    RowFlags(Function<R, Integer> line, Function<R, List<RowError>> flags) {
        this.line = line;
        this.flags = flags;
    }

    BatchOutcome store(List<R> rows, ImportBatch batch, RowHandler<R> handler) {
        Watched watched = new Watched(batch);
        BatchOutcome outcome = handler.store(rows, watched);
        int newlyFlagged = 0;
        for (R row : rows) {
            int at = line.apply(row);
            List<RowError> notes = flags.apply(row);
            if (notes.isEmpty() || watched.notStored.contains(at)) {
                continue;
            }
            notes.forEach(note -> batch.flagged(note.line(), note.column(), note.value(), note.reason()));
            if (!watched.flagged.contains(at)) {
                newlyFlagged++;
            }
        }
        return new BatchOutcome(outcome.rows(), outcome.created(), outcome.duplicates(),
                outcome.flagged() + newlyFlagged, outcome.referred(), outcome.screenedOut(), outcome.repeatVictims());
    }

    /** The batch as the capability sees it, noting which lines it did not store and which it flagged itself. */
    private static final class Watched implements ImportBatch {

        private final ImportBatch batch;
        private final Set<Integer> notStored = new HashSet<>();
        private final Set<Integer> flagged = new HashSet<>();

        Watched(ImportBatch batch) {
            this.batch = batch;
        }

        @Override
        public UUID importJobId() {
            return batch.importJobId();
        }

        @Override
        public void duplicate(int line, String column, String value, String reason) {
            notStored.add(line);
            batch.duplicate(line, column, value, reason);
        }

        @Override
        public void flagged(int line, String column, String value, String reason) {
            flagged.add(line);
            batch.flagged(line, column, value, reason);
        }

        @Override
        public void refused(int line, String column, String value, String reason) {
            notStored.add(line);
            batch.refused(line, column, value, reason);
        }
    }
}
