package uk.police.ecu.casework.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The product's one clock: the engine's clock ({@link ClockUtil}), read in the force's time zone. The
 * engine stamps tasks and fires timers by that clock, so every rule of ours that sets a due date, starts
 * a service level clock or dates a record must read the same one; process tests and demo data move it.
 * The database's {@code now()} never decides anything: each time we store is taken from here.
 */
public final class EngineClock extends Clock {

    private final ZoneId zone;

    public EngineClock(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    @Override
    public long millis() {
        return ClockUtil.getCurrentTime().getTime();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new EngineClock(newZone);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EngineClock clock && clock.zone.equals(zone);
    }

    @Override
    public int hashCode() {
        return zone.hashCode();
    }

    @Override
    public String toString() {
        return "EngineClock[" + zone + "]";
    }
}
