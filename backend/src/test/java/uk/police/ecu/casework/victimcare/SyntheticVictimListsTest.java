package uk.police.ecu.casework.victimcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.police.ecu.casework.intake.RowError;
import uk.police.ecu.casework.intake.VictimListCsvReader;
import uk.police.ecu.casework.intake.VictimListRow;
import uk.police.ecu.casework.victimcare.MatchingQuality.PossibleMatch;
import uk.police.ecu.casework.victimcare.SyntheticVictimLists.Person;
import uk.police.ecu.casework.victimcare.SyntheticVictimLists.Row;

/** The generator of the matching benchmark: what it promises about its population holds, for a fixed seed. */
class SyntheticVictimListsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 19);
    static final Set<String> NFIB_CODES = Set.of("NFIB1A", "NFIB1B", "NFIB1C", "NFIB1D", "NFIB1E", "NFIB1F",
            "NFIB1G", "NFIB1H", "NFIB2A", "NFIB2B", "NFIB2C", "NFIB2D", "NFIB2E", "NFIB3A", "NFIB3B", "NFIB3C",
            "NFIB3D", "NFIB3E", "NFIB3F", "NFIB5A", "NFIB5B", "NFIB5C", "NFIB5D", "NFIB5E", "NFIB50A", "NFIB51A",
            "NFIB51B", "NFIB52A", "NFIB52B", "NFIB52C", "NFIB52D", "NFIB52E", "NFIB90");

    final SyntheticVictimLists.Lists lists = SyntheticVictimLists.generate(23, 3_000, 6, "VM-T", TODAY);

    @Test
    void shouldWriteTheSameFilesForTheSameSeed_andOthersForAnother() {
        SyntheticVictimLists.Lists again = SyntheticVictimLists.generate(23, 3_000, 6, "VM-T", TODAY);
        SyntheticVictimLists.Lists other = SyntheticVictimLists.generate(24, 3_000, 6, "VM-T", TODAY);

        assertThat(again.weeks()).extracting(SyntheticVictimLists.Week::csv)
                .isEqualTo(lists.weeks().stream().map(SyntheticVictimLists.Week::csv).toList());
        assertThat(again.truth()).isEqualTo(lists.truth());
        assertThat(other.weeks().get(0).csv()).isNotEqualTo(lists.weeks().get(0).csv());
    }

    @Test
    void shouldListEveryRowOnItsOwnCrimeInWeeklyFilesTheProductsReaderAcceptsWhole() {
        assertThat(lists.weeks()).hasSize(6).allSatisfy(week -> assertThat(week.rows()).hasSize(500));
        assertThat(lists.truth()).hasSize(3_000);
        for (SyntheticVictimLists.Week week : lists.weeks()) {
            List<VictimListRow> read = new ArrayList<>();
            List<RowError> errors = new ArrayList<>();
            new VictimListCsvReader(NFIB_CODES, TODAY).read(new ByteArrayInputStream(week.csv()
                    .getBytes(StandardCharsets.UTF_8)), read::add, errors::add);

            assertThat(errors).isEmpty();
            assertThat(read).hasSize(500).allSatisfy(row -> assertThat(row.listWeek()).isEqualTo(week.monday()));
        }
        assertThat(lists.weeks().get(5).monday()).isEqualTo(LocalDate.of(2026, 11, 9));
    }

    @Test
    void shouldHaveHouseholdsSharingALandlineWhoseMembersAreDifferentPeople() {
        Map<Integer, List<Person>> households = lists.people().values().stream()
                .collect(Collectors.groupingBy(Person::household));
        List<List<Person>> sharingLandline = households.values().stream()
                .filter(members -> members.size() > 1 && members.get(0).landline() != null)
                .toList();

        assertThat(sharingLandline).hasSizeGreaterThan(100).allSatisfy(members -> {
            assertThat(members).extracting(Person::landline).containsOnly(members.get(0).landline());
            assertThat(members.stream().map(p -> SyntheticVictimLists.folded(p.forename()) + p.dateOfBirth())
                    .distinct()).hasSize(members.size());
        });
        assertThat(sharingLandline).filteredOn(members -> members.get(0).email() != null
                && members.stream().allMatch(p -> members.get(0).email().equals(p.email()))).hasSizeGreaterThan(20);
        assertThat(households.values()).extracting(List::size).contains(2, 3, 4);
    }

    @Test
    void shouldListRepeatVictimsAgainInOtherSpellingsAndDateFormats() {
        Map<Integer, List<Row>> byPerson = lists.rowsByPerson();
        List<List<Row>> repeats = byPerson.values().stream().filter(rows -> rows.size() > 1).toList();

        assertThat(repeats).hasSizeGreaterThan(300);
        assertThat(someoneListedAs(repeats, names -> names.contains(names.get(0).toUpperCase(Locale.ROOT))
                && !names.stream().allMatch(name -> name.equals(name.toUpperCase(Locale.ROOT)))))
                .as("a repeat listed in capitals and in mixed case").isTrue();
        assertThat(someoneListedAs(repeats, names -> names.stream().anyMatch(name -> name.matches(".*[À-ÿ].*"))
                && names.stream().anyMatch(name -> name.matches("\\p{ASCII}*"))))
                .as("a repeat listed with and without an accent").isTrue();
        assertThat(someoneListedAs(repeats, names -> names.stream().anyMatch(name -> name.contains("'"))
                && names.stream().anyMatch(name -> name.matches("(?i)O[A-Z]\\p{L}+"))))
                .as("a repeat listed as O'Neil and ONeil").isTrue();
        assertThat(someoneListedAs(repeats, names -> names.stream().anyMatch(name -> name.contains("-"))
                && names.stream().anyMatch(name -> name.contains(" ") && !name.contains("-"))))
                .as("a repeat listed with a hyphen and a space").isTrue();
        assertThat(lists.rows()).extracting(Row::surname).contains("Müller", "MÜLLER", "Muller", "O'Neil", "ONeil");
        assertThat(lists.rows()).extracting(Row::forename).contains("Zoë", "Zoe");
        assertThat(lists.rows()).extracting(Row::dateOfBirth)
                .anyMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"))
                .anyMatch(d -> d.matches("\\d{2}/\\d{2}/\\d{4}"))
                .anyMatch(d -> d.matches("\\d/\\d/\\d{4}"))
                .contains("");
        assertThat(lists.rows()).allSatisfy(row -> assertThat(SyntheticVictimLists.folded(row.surname()))
                .isEqualTo(SyntheticVictimLists.folded(lists.people().get(row.personId()).surname())));
    }

    /** Whether some repeat victim's surnames, as listed, satisfy {@code test}. */
    private static boolean someoneListedAs(List<List<Row>> repeats, Predicate<List<String>> test) {
        return repeats.stream().anyMatch(rows -> test.test(rows.stream().map(Row::surname).distinct().toList()));
    }

    @Test
    void shouldHaveTwinsAndPeopleWithoutContactDetails_butNoTwoPeopleWithTheSameNameAndBirthday() {
        List<Person> twins = lists.people().values().stream().filter(p -> p.twinOf() != null).toList();

        assertThat(twins).hasSizeGreaterThan(10).allSatisfy(twin -> {
            Person other = lists.people().get(twin.twinOf());
            assertThat(other.twinOf()).isEqualTo(twin.id());
            assertThat(other.surname()).isEqualTo(twin.surname());
            assertThat(other.dateOfBirth()).isEqualTo(twin.dateOfBirth());
            assertThat(other.forename()).isNotEqualTo(twin.forename());
        });
        assertThat(lists.people().values()).filteredOn(p -> !p.hasContact()).hasSizeGreaterThan(50);
        assertThat(lists.people().values().stream().map(p -> SyntheticVictimLists.folded(p.forename()) + "|"
                + SyntheticVictimLists.folded(p.surname()) + "|" + p.dateOfBirth()).distinct())
                .hasSize(lists.people().size());
    }

    @Test
    void shouldCountFalseMergesMissedRepeatsAndPossibleMatchesAgainstTheTruth() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID d = UUID.randomUUID();
        // Person 1 twice on victim a, with person 2 merged in; person 3 split over b and c, joined by an open
        // possible match; person 4 split over c and d with none; a rejected match between a and d.
        Map<String, Integer> truth = Map.of("R1", 1, "R2", 1, "R3", 2, "R4", 3, "R5", 3, "R6", 4, "R7", 4, "R8", 5);
        Map<String, UUID> landed = Map.of("R1", a, "R2", a, "R3", a, "R4", b, "R5", c, "R6", c, "R7", d);

        MatchingQuality quality = MatchingQuality.of(truth, landed, List.of(new PossibleMatch(b, c, "OPEN"),
                new PossibleMatch(a, d, "REJECTED")));

        assertThat(quality).isEqualTo(new MatchingQuality(8, 7, 4, 4, 2, 2, 2, 3, 1, 1, 1, 2, 1));
        assertThat(MatchingQuality.of(truth, landed, null).missedRepeats()).isEqualTo(2);
    }
}
