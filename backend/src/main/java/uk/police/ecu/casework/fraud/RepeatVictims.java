package uk.police.ecu.casework.fraud;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.people.ListedPerson;
import uk.police.ecu.casework.people.PersonMatcher;

/**
 * How many crimes this crime's victim has reported within a window ending on its report date, this one included:
 * a fact the filing-approval decision weighs against the repeat-victim threshold. A crime holds no such fact, so it
 * is derived from the crimes the force holds: another crime counts only when the {@code people} module's evidence
 * rules say its victim is the SAME person (same name and date of birth); a possible match (no date of birth) or
 * a namesake born on another day never does, so two people are never merged into one repeat victim.
 */
@Component
class RepeatVictims {

    private final CrimeRepository crimes;

    RepeatVictims(CrimeRepository crimes) {
        this.crimes = crimes;
    }

    /** Reports by this crime's victim in the {@code months} up to its report date; null when it cannot be told. */
    Integer reportsWithin(Crime crime, int months) {
        if (!"INDIVIDUAL".equals(crime.victimType()) || crime.victimName() == null
                || crime.victimDateOfBirth() == null || crime.reportedDate() == null) {
            return null;
        }
        LocalDate from = crime.reportedDate().minusMonths(months);
        return count(crime, crimes.sameBirthDateReportedBetween(crime.victimDateOfBirth(), from,
                crime.reportedDate(), crime.crimeReference()));
    }

    /** This crime plus every candidate whose victim is confidently the same person. */
    static int count(Crime crime, List<Crime> candidates) {
        ListedPerson victim = person(crime);
        return 1 + (int) candidates.stream()
                .filter(other -> PersonMatcher.compare(victim, person(other)).verdict()
                        == PersonMatcher.Verdict.SAME_PERSON)
                .count();
    }

    /** The crime holds the victim's name whole; the name key compares forename and surname as one. */
    private static ListedPerson person(Crime crime) {
        return new ListedPerson(crime.victimName(), null, crime.victimDateOfBirth(), crime.victimPhone(),
                crime.victimEmail(), crime.victimPostcode());
    }
}
