package uk.police.ecu.casework.reference;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reference data read once per transaction: an import batch (one transaction of many rows) reads each
 * list once instead of once a row, yet a change to the data is seen by the next transaction, so nothing
 * is cached across requests or batches. Outside a transaction every call reads afresh.
 */
public final class PerTransaction {

    private static final Object KEY = new Object();

    private PerTransaction() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T get(String name, Supplier<T> load) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return load.get();
        }
        Map<String, Object> cache = (Map<String, Object>) TransactionSynchronizationManager.getResource(KEY);
        if (cache == null) {
            cache = new HashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, cache);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
        }
        return (T) cache.computeIfAbsent(name, n -> load.get());
    }
}
