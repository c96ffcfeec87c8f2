package uk.police.ecu.casework.intake;

import java.util.List;

/**
 * What a capability makes of the good rows of one kind of file: fraud makes crimes and starts their triage,
 * victim care makes listings and referrals. Intake reads, checks, batches and reports; it never knows what a
 * row becomes, so it depends on no capability, and each registers its handler as a bean.
 */
public interface RowHandler<R> {

    /** Stores one batch of good rows inside the batch's transaction, saying in its report what it did not store. */
    BatchOutcome store(List<R> rows, ImportBatch batch);
}
