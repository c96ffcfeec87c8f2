package uk.police.ecu.casework.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit rows of one transaction, appended to the chain just before it commits. The chain's lock
 * is then held only for the appends and the commit, not for the whole of the action (an engine task
 * completion, an import batch), so audited work of many users runs side by side and queues only to
 * commit. The rows still commit with the action, or not at all: a failed append fails the commit.
 */
final class PendingAppends implements TransactionSynchronization {

    private final List<AuditLog.Append> appends = new ArrayList<>();
    private final Consumer<List<AuditLog.Append>> writer;

    private PendingAppends(Consumer<List<AuditLog.Append>> writer) {
        this.writer = writer;
    }

    /**
     * The current transaction's pending rows. Looked up among the transaction's synchronizations, not
     * as a bound resource, because Spring sets those aside for a nested REQUIRES_NEW transaction: a
     * refusal recorded in its own transaction must not wait for (or roll back with) the outer one.
     */
    static PendingAppends ofCurrentTransaction(Consumer<List<AuditLog.Append>> writer) {
        return TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(PendingAppends.class::isInstance)
                .map(PendingAppends.class::cast)
                .findFirst()
                .orElseGet(() -> {
                    PendingAppends pending = new PendingAppends(writer);
                    TransactionSynchronizationManager.registerSynchronization(pending);
                    return pending;
                });
    }

    void add(AuditLog.Append append) {
        appends.add(append);
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        if (!appends.isEmpty()) {
            writer.accept(List.copyOf(appends));
            appends.clear();
        }
    }
}
