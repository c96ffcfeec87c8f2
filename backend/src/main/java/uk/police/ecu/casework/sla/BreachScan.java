package uk.police.ecu.casework.sla;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the breaches that have fallen due and starts their reviews, in one transaction. Safe to run
 * on every node at once and as often as wanted: a clock becomes BREACHED only from OPEN.
 */
@Component
public class BreachScan {

    private static final Logger LOG = LoggerFactory.getLogger(BreachScan.class);

    private final SlaClockRepository clocks;
    private final BreachReviews reviews;
    private final TransactionTemplate transaction;

    BreachScan(SlaClockRepository clocks, BreachReviews reviews, TransactionTemplate transaction) {
        this.clocks = clocks;
        this.reviews = reviews;
        this.transaction = transaction;
    }

    /** The clocks found breached by {@code now}; each records its due time as its breach time. */
    public List<Long> recordBreaches(Instant now) {
        List<Long> breached = transaction.execute(status -> {
            List<Long> ids = clocks.recordBreaches(now);
            ids.forEach(reviews::start);
            return ids;
        });
        if (!breached.isEmpty()) {
            LOG.info("Recorded {} SLA breaches", breached.size());
        }
        return breached;
    }
}
