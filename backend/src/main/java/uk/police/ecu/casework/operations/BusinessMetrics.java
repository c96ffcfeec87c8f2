package uk.police.ecu.casework.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.operations.BusinessMetricsRepository.BusinessFigures;

/**
 * The service's business figures for a monitoring system ({@code /actuator/prometheus}): open tasks by
 * queue, SLA clocks at risk and breached, rows imported and refused. They are the database's figures, so
 * every node reports the same values (take the max across nodes, not the sum). One query serves a whole
 * scrape: the figures are kept for a couple of seconds, far shorter than any scrape interval.
 */
@Component
class BusinessMetrics {

    private static final Logger log = LoggerFactory.getLogger(BusinessMetrics.class);
    private static final Duration KEPT_FOR = Duration.ofSeconds(2);

    private final BusinessMetricsRepository repository;
    private final MeterRegistry registry;
    private final Clock clock;
    private final Set<String> queuesShown = ConcurrentHashMap.newKeySet();
    private volatile BusinessFigures figures = BusinessFigures.NONE;
    private volatile Instant readAt = Instant.MIN;

    BusinessMetrics(BusinessMetricsRepository repository, MeterRegistry registry, Clock clock) {
        this.repository = repository;
        this.registry = registry;
        this.clock = clock;
        Gauge.builder("casework.sla.warnings", this, m -> m.figures().slaWarnings())
                .description("SLA clocks running past their warning time and not yet breached").register(registry);
        Gauge.builder("casework.sla.breaches", this, m -> m.figures().slaBreaches())
                .description("SLA clocks breached and still running").register(registry);
        FunctionCounter.builder("casework.import.rows.imported", this, m -> m.figures().importRowsImported())
                .description("Rows imported from files (all imports kept)").register(registry);
        FunctionCounter.builder("casework.import.rows.failed", this, m -> m.figures().importRowsFailed())
                .description("Rows of files refused by their checks (all imports kept)").register(registry);
    }

    BusinessFigures figures() {
        Instant now = clock.instant();
        if (now.isAfter(readAt.plus(KEPT_FOR))) {
            try {
                figures = repository.figures(now);
            } catch (RuntimeException e) {
                // A scrape while the database is away shows the last figures; health says the database is down.
                log.debug("Business figures not read", e);
            }
            readAt = now;
            figures.openTasksByQueue().keySet().forEach(this::showQueue);
        }
        return figures;
    }

    /** A queue's gauge is added the first time the queue has a task; it then stays, at 0 when empty. */
    private void showQueue(String queue) {
        if (queuesShown.add(queue)) {
            Gauge.builder("casework.tasks.open", this, m -> m.figures().openTasksByQueue().getOrDefault(queue, 0L))
                    .tag("queue", queue).description("Open tasks offered to a queue (candidate group)")
                    .register(registry);
        }
    }
}
