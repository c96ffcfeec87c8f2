package uk.police.ecu.casework.victimcare;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Victim care's "now" is the engine's clock: due dates, SLA clocks and the dates officers record must
 * agree, and process tests and demo data move that clock.
 */
@Component
public class VictimCareClock {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), LONDON);
    }
}
