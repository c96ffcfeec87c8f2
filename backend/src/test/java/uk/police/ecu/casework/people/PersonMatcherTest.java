package uk.police.ecu.casework.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.police.ecu.casework.people.PersonMatcher.Verdict;

class PersonMatcherTest {

    private static final LocalDate BORN = LocalDate.of(1948, 5, 12);
    private static final String LANDLINE = "0121 496 0000";
    private static final String SHARED_EMAIL = "the.ellises@example.com";

    @Test
    void shouldFindTheSamePersonByNameAndDateOfBirthHoweverTheNameIsWritten() {
        assertThat(verdict(person("Hans", "MÜLLER", BORN, null, null), person("hans", "Müller", BORN, null, null)))
                .isEqualTo(Verdict.SAME_PERSON);
        assertThat(verdict(person("Mary", "O'Neil", BORN, null, null), person("MARY", "ONeil", BORN, LANDLINE, null)))
                .isEqualTo(Verdict.SAME_PERSON);
    }

    @Test
    void shouldNeverMergeAHouseholdSharingALandlineAndEmail() {
        PersonMatcher.Match match = PersonMatcher.compare(
                person("Margaret", "Ellis", BORN, LANDLINE, SHARED_EMAIL),
                person("George", "Ellis", LocalDate.of(1946, 1, 2), "+44 121 496 0000", SHARED_EMAIL));

        assertThat(match.verdict()).isEqualTo(Verdict.DIFFERENT_PEOPLE);
        assertThat(match.evidence()).extracting(PersonMatcher.Evidence::field, PersonMatcher.Evidence::comparison)
                .contains(tuple("phone", PersonMatcher.Comparison.SAME),
                        tuple("email", PersonMatcher.Comparison.SAME));
    }

    @Test
    void shouldNotMergeOnASharedContactDetailAlone() {
        assertThat(verdict(person("Tom", "Finch", BORN, LANDLINE, SHARED_EMAIL),
                person("Thomas", "Finch-Smith", null, LANDLINE, SHARED_EMAIL))).isEqualTo(Verdict.DIFFERENT_PEOPLE);
    }

    @Test
    void shouldTreatTheSameNameWithADifferentDateOfBirthAsDifferentPeople() {
        assertThat(verdict(person("John", "Smith", BORN, LANDLINE, null),
                person("John", "Smith", BORN.plusDays(1), LANDLINE, null))).isEqualTo(Verdict.DIFFERENT_PEOPLE);
    }

    @Test
    void shouldRaiseAPossibleMatchForTwinsAndNeverMergeThem() {
        PersonMatcher.Match twins = PersonMatcher.compare(person("Ann", "Kerr", BORN, LANDLINE, null),
                person("Alice", "Kerr", BORN, LANDLINE, null));

        assertThat(twins.verdict()).isEqualTo(Verdict.POSSIBLE_MATCH);
        assertThat(twins.rule()).isEqualTo("FORENAME_DIFFERS_SAME_BIRTH_AND_CONTACT");
    }

    @Test
    void shouldNotRaiseTwinsWithNoContactInCommon() {
        assertThat(verdict(person("Ann", "Kerr", BORN, null, null), person("Alice", "Kerr", BORN, null, null)))
                .isEqualTo(Verdict.DIFFERENT_PEOPLE);
    }

    @Test
    void shouldRaiseAPossibleMatchForTheSameNameWithNoDateOfBirthOnEitherSide() {
        assertThat(PersonMatcher.compare(person("Nora", "Quinn", null, null, null), person("Nora", "Quinn", BORN, null, null))
                .rule()).isEqualTo("SAME_NAME_NO_DATE_OF_BIRTH");
        assertThat(verdict(person("Nora", "Quinn", BORN, null, null), person("NORA", "quinn", null, null, null)))
                .isEqualTo(Verdict.POSSIBLE_MATCH);
    }

    @Test
    void shouldRaiseAPossibleMatchForAChangeOfSurnameWithEverythingElseTheSame() {
        assertThat(verdict(person("Ruth", "Baker", BORN, null, "ruth@example.com"),
                person("Ruth", "Cole", BORN, null, " RUTH@example.com "))).isEqualTo(Verdict.POSSIBLE_MATCH);
    }

    private static Verdict verdict(ListedPerson listed, ListedPerson known) {
        return PersonMatcher.compare(listed, known).verdict();
    }

    private static ListedPerson person(String forename, String surname, LocalDate born, String phone, String email) {
        return new ListedPerson(forename, surname, born, phone, email, null);
    }
}
