package uk.police.ecu.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dates of birth for fixture victims. Filing a crime of a repeat victim (the same name and date of birth on 2 crimes
 * within 12 months) needs a supervisor's approval, so a fixture that reuses a name ("Ada Lovelace") for many crimes
 * gives each crime's victim a date of birth no other fixture crime of the test run has: each is a different person,
 * and filing needs no approval unless a test asks for a repeat victim by naming the same victim twice.
 */
public final class FixtureVictims {

    /**
     * A day between 60 and about 33 years before the run, counted on one day per victim: a victim stays below the age
     * at which filing needs approval (70) and above 18, on whatever date the tests run. The start is drawn for each
     * run, so a second run against a kept database (an external PostgreSQL) does not meet the first run's victims.
     */
    private static final LocalDate FIRST = LocalDate.now(Clock.system(ZoneId.of("Europe/London"))).minusYears(60)
            .plusDays(ThreadLocalRandom.current().nextInt(9_000));
    private static final AtomicInteger NEXT = new AtomicInteger();

    private FixtureVictims() {
    }

    /** A date of birth no other fixture victim of this test run was given. */
    public static LocalDate uniqueDateOfBirth() {
        return FIRST.plusDays(NEXT.getAndIncrement());
    }
}
