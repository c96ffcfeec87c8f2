package uk.police.ecu.casework.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock and the one time zone every rule uses. Days (working days, due dates, months of a return,
 * list weeks) are the force's days in England and Wales, never the server's default zone. The database's
 * service level tally counts days in the same zone ({@code V28__sla_clock_tally.sql}), so it is not a setting.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId FORCE_TIME_ZONE = ZoneId.of("Europe/London");

    @Bean
    Clock clock() {
        return new EngineClock(FORCE_TIME_ZONE);
    }

    /** {@code @PastOrPresent} and the like on forms judge "now" by the same clock as the rules behind them. */
    @Bean
    ValidationConfigurationCustomizer validationOnTheProductClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
