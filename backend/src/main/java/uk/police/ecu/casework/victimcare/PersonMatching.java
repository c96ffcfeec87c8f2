package uk.police.ecu.casework.victimcare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.people.ListedPerson;
import uk.police.ecu.casework.people.PersonMatcher;

/**
 * Who a listed person is: the known victim {@link PersonMatcher} says they are (the one known longest, if
 * several), or else the known victims they may be, for a victim care officer to decide. The listings that
 * could be of them are found by query ({@link VictimRepository#candidates}); every name and contact detail each
 * victim was ever listed with counts.
 */
@Component
class PersonMatching {

    /** At most this many possible matches are raised for one listing: past that, the evidence is too thin. */
    static final int MOST_POSSIBLE_MATCHES = 5;

    record Possible(UUID candidateVictimId, PersonMatcher.Match match) {
    }

    record Outcome(Optional<UUID> samePerson, List<Possible> possibleMatches) {
    }

    private static final int KEYS_PER_BATCH = 1_000;
    private static final Set<String> SUPPORTING_DETAILS = Set.of("phone", "email", "postcode");

    private final VictimRepository victims;

    PersonMatching(VictimRepository victims) {
        this.victims = victims;
    }

    Outcome match(ListedPerson person) {
        Map<UUID, Possible> possible = new LinkedHashMap<>();
        for (VictimRepository.Known known : victims.candidates(person)) {
            PersonMatcher.Match match = PersonMatcher.compare(person, known.listed());
            if (match.verdict() == PersonMatcher.Verdict.SAME_PERSON) {
                return new Outcome(Optional.of(known.victimId()), List.of());
            }
            if (match.verdict() == PersonMatcher.Verdict.POSSIBLE_MATCH) {
                possible.putIfAbsent(known.victimId(), new Possible(known.victimId(), match));
            }
        }
        List<Possible> strongestFirst = new ArrayList<>(possible.values());
        strongestFirst.sort(Comparator.comparingLong(PersonMatching::supportingDetailsInCommon).reversed());
        return new Outcome(Optional.empty(),
                strongestFirst.subList(0, Math.min(strongestFirst.size(), MOST_POSSIBLE_MATCHES)));
    }

    /**
     * Phone, email and postcode the two have in common. A common name with no date of birth can have more
     * candidates than are raised; those sharing a contact detail must not be the ones cut off.
     */
    private static long supportingDetailsInCommon(Possible possible) {
        return possible.match().evidence().stream()
                .filter(e -> SUPPORTING_DETAILS.contains(e.field()) && e.comparison() == PersonMatcher.Comparison.SAME)
                .count();
    }

    /**
     * Gives the listings stored before the matching keys existed (or written without them) their keys, so they
     * are found like every other: a few at a time, before each batch of a list is matched.
     */
    void fillMissingKeys() {
        victims.listingsWithoutKeys(KEYS_PER_BATCH).forEach(listing -> victims.fillKeys(listing.getKey(), listing.getValue()));
    }
}
