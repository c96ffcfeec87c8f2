package uk.police.ecu.casework.victimcare;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * How well intake told people apart, judged against the truth of a generated list:
 *
 * <ul>
 * <li><b>false merges</b>: people filed under a victim that another person's listings are on. A victim holding the
 * listings of k different people counts k − 1 (the people to be split off); {@code victimsMixingPeople} counts the
 * victims affected and {@code mergedPairs} the pairs of different people sharing a victim (k(k − 1)/2 each).</li>
 * <li><b>true repeats</b>: people listed more than once. <b>found automatically</b>: every listing of theirs on one
 * victim. <b>raised as possible matches</b>: spread over several victims, all joined by OPEN possible matches.
 * <b>missed</b>: spread over several victims not all joined.</li>
 * <li><b>possible matches raised</b>: possible-match rows touching this list's victims, any status;
 * <b>false alarms</b>: those of them between victims with no person in common.</li>
 * </ul>
 *
 * Possible-match figures are null where the database has no possible-match table.
 */
public record MatchingQuality(int rows, int listingsLanded, int people, int victims, int falseMerges,
                              int victimsMixingPeople, long mergedPairs, int trueRepeats, int repeatsFoundAutomatically,
                              Integer repeatsRaisedAsPossibleMatches, int missedRepeats, Integer possibleMatchesRaised,
                              Integer possibleMatchFalseAlarms) {

    /** A possible match between two victims, as stored. */
    public record PossibleMatch(UUID victimId, UUID candidateVictimId, String status) {
    }

    /**
     * @param truth crime reference to the person it really lists, for every row of the lists
     * @param landed crime reference to the victim its listing was filed under
     * @param possibleMatches every possible match of the database, or null where there is no such table
     */
    public static MatchingQuality of(Map<String, Integer> truth, Map<String, UUID> landed,
                                     List<PossibleMatch> possibleMatches) {
        Map<UUID, Set<Integer>> peopleByVictim = new HashMap<>();
        Map<Integer, Set<UUID>> victimsByPerson = new HashMap<>();
        Map<Integer, Integer> listingsByPerson = new HashMap<>();
        landed.forEach((reference, victim) -> {
            Integer person = truth.get(reference);
            if (person != null) {
                peopleByVictim.computeIfAbsent(victim, v -> new HashSet<>()).add(person);
                victimsByPerson.computeIfAbsent(person, p -> new HashSet<>()).add(victim);
                listingsByPerson.merge(person, 1, Integer::sum);
            }
        });
        int falseMerges = 0;
        int mixing = 0;
        long pairs = 0;
        for (Set<Integer> people : peopleByVictim.values()) {
            int k = people.size();
            falseMerges += k - 1;
            mixing += k > 1 ? 1 : 0;
            pairs += (long) k * (k - 1) / 2;
        }
        Map<UUID, UUID> joined = new HashMap<>();
        Integer raisedCount = null;
        Integer falseAlarms = null;
        if (possibleMatches != null) {
            int raised = 0;
            int alarms = 0;
            for (PossibleMatch match : possibleMatches) {
                Set<Integer> one = peopleByVictim.get(match.victimId());
                Set<Integer> other = peopleByVictim.get(match.candidateVictimId());
                if (one == null && other == null) {
                    continue;
                }
                raised++;
                if (one == null || other == null || one.stream().noneMatch(other::contains)) {
                    alarms++;
                }
                if ("OPEN".equals(match.status())) {
                    join(joined, match.victimId(), match.candidateVictimId());
                }
            }
            raisedCount = raised;
            falseAlarms = alarms;
        }
        int repeats = 0;
        int automatic = 0;
        int raisedRepeats = 0;
        for (Map.Entry<Integer, Set<UUID>> person : victimsByPerson.entrySet()) {
            if (listingsByPerson.get(person.getKey()) < 2) {
                continue;
            }
            repeats++;
            if (person.getValue().size() == 1) {
                automatic++;
            } else if (person.getValue().stream().map(v -> root(joined, v)).distinct().count() == 1) {
                raisedRepeats++;
            }
        }
        return new MatchingQuality(truth.size(), (int) landed.keySet().stream().filter(truth::containsKey).count(),
                victimsByPerson.size(), peopleByVictim.size(), falseMerges, mixing, pairs, repeats, automatic,
                possibleMatches == null ? null : raisedRepeats, repeats - automatic - raisedRepeats, raisedCount,
                falseAlarms);
    }

    /** Share of true repeats found automatically, in percent. */
    public double percentFoundAutomatically() {
        return trueRepeats == 0 ? 100 : 100.0 * repeatsFoundAutomatically / trueRepeats;
    }

    private static void join(Map<UUID, UUID> parents, UUID a, UUID b) {
        UUID rootA = root(parents, a);
        UUID rootB = root(parents, b);
        if (!rootA.equals(rootB)) {
            parents.put(rootA, rootB);
        }
    }

    private static UUID root(Map<UUID, UUID> parents, UUID victim) {
        UUID root = victim;
        while (parents.containsKey(root)) {
            root = parents.get(root);
        }
        return root;
    }
}
