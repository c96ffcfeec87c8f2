package uk.police.ecu.casework.sla;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the breach scan at start-up (breaches that fell while the application was down are recorded then,
 * with their true time) and every minute after ({@code casework.sla.breach-scan.interval}). A plain Spring
 * schedule rather than an engine timer job: the scan is one idempotent UPDATE, so every node may run it,
 * and it needs no job executor, process instance or job history. Off in tests ({@code casework.sla.breach-scan.enabled=false}), which call the scan.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "casework.sla.breach-scan.enabled", havingValue = "true", matchIfMissing = true)
class BreachScanSchedule {

    private final BreachScan scan;
    private final Clock clock;

    BreachScanSchedule(BreachScan scan, Clock clock) {
        this.scan = scan;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        scan.recordBreaches(clock.instant());
    }

    @Scheduled(fixedDelayString = "${casework.sla.breach-scan.interval:PT1M}",
            initialDelayString = "${casework.sla.breach-scan.interval:PT1M}")
    void everyInterval() {
        scan.recordBreaches(clock.instant());
    }
}
