package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who counts as the same victim: only a confident match (same name and date of birth), never a namesake. */
class RepeatVictimsTest {

    private static final LocalDate BORN = LocalDate.of(1975, 3, 4);

    @Test
    void shouldCountThisCrimeAndEachCrimeOfTheSamePerson() {
        assertThat(RepeatVictims.count(crime("Ann O'Neil", BORN), List.of(crime("ANN ONEIL", BORN),
                crime("Ann O'Neil", BORN)))).isEqualTo(3);
    }

    @Test
    void shouldCountOnlyThisCrime_whenNoOtherWasReported() {
        assertThat(RepeatVictims.count(crime("Ann O'Neil", BORN), List.of())).isEqualTo(1);
    }

    @Test
    void shouldNeverCountTwoDifferentPeopleWithTheSameName() {
        assertThat(RepeatVictims.count(crime("John Smith", BORN), List.of(crime("John Smith", BORN.plusDays(1)),
                crime("John Smith", null)))).as("a namesake, and a possible match with no date of birth").isEqualTo(1);
    }

    @Test
    void shouldNotCountADifferentNameBornTheSameDay() {
        assertThat(RepeatVictims.count(crime("John Smith", BORN), List.of(crime("Jane Smith", BORN))))
                .isEqualTo(1);
    }

    private static Crime crime(String victim, LocalDate born) {
        return new Crime("NFRC-RV", LocalDate.of(2026, 1, 5), "NFIB3A", "NFIB3A", false, "INDIVIDUAL", victim, born,
                null, null, null, null, null, null, null, null, "NEW", null, null, null, null, null, null, null, null,
                null, null, null, false);
    }
}
