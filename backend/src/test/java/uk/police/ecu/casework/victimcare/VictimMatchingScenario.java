package uk.police.ecu.casework.victimcare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.BenchmarkResults;
import uk.police.ecu.casework.intake.IntakeScenario;
import uk.police.ecu.casework.victimcare.MatchingQuality.PossibleMatch;

/**
 * Scenario 7: how well intake tells people apart. Weekly victim lists generated with the truth known
 * ({@link SyntheticVictimLists}: households sharing a landline or email, repeat victims in other spellings
 * and date formats, twins, people with no contact details) are uploaded a week at a time as a victim care
 * officer would, through the import service; then each listing's victim is read back from the database and
 * judged against the truth ({@link MatchingQuality}): false merges, repeats found automatically, repeats
 * raised as possible matches, missed repeats, possible matches raised; and rows/s against the engine's
 * start rate on one thread. Sizes are {@code -Dbench.matching.rows} (default {@code 10000,100000}), the seed
 * {@code -Dbench.matching.seed} (default 23; each size adds its row count to it). On a kept database
 * (a data directory given) the people of an earlier run are already known: judge a fresh database.
 */
public class VictimMatchingScenario {

    public static final int WEEKS = 10;
    private static final String SCENARIO = "7 victim matching";

    private final IntakeScenario intake;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();

    public VictimMatchingScenario(ApplicationContext context) {
        this.intake = new IntakeScenario(context);
        this.jdbc = context.getBean(JdbcClient.class);
        this.clock = context.getBean(Clock.class);
    }

    /** The list sizes asked for, in rows. */
    public static List<Integer> sizes() {
        return Arrays.stream(System.getProperty("bench.matching.rows", "10000,100000").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(s -> Integer.parseInt(s.replace("_", "")))
                .toList();
    }

    public MatchingQuality report(BenchmarkResults results, double engineStartsPerSecond, int rows) {
        long seed = Long.getLong("bench.matching.seed", 23) + rows;
        String prefix = "VM-%s-%d".formatted(run, rows);
        SyntheticVictimLists.Lists lists = SyntheticVictimLists.generate(seed, rows, WEEKS, prefix, LocalDate.now(clock));
        double seconds = 0;
        int refused = 0;
        int flaggedRepeats = 0;
        int referred = 0;
        for (SyntheticVictimLists.Week week : lists.weeks()) {
            IntakeScenario.TimedImport imported = intake.importVictimListFile(
                    "victims-%s-%s.csv".formatted(prefix, week.monday()), week.csv());
            seconds += imported.seconds();
            refused += imported.job().errorRows();
            flaggedRepeats += imported.job().repeatVictims() == null ? 0 : imported.job().repeatVictims();
            referred += imported.job().referred() == null ? 0 : imported.job().referred();
        }
        MatchingQuality quality = MatchingQuality.of(lists.truth(), landed(prefix), possibleMatches());

        String size = "%,d rows in %d weekly lists, %,d people, seed %d".formatted(rows, WEEKS, quality.people(), seed);
        results.throughput(SCENARIO, "weekly lists until every listing is screened and each referral waits at its "
                + "first task", size, rows / seconds, "rows", engineStartsPerSecond, "scenario 1 starts, 1 thread");
        results.figure(SCENARIO, "listings landed (rows refused by the import)", size,
                "%,d (%,d refused)".formatted(quality.listingsLanded(), refused));
        results.figure(SCENARIO, "victims made (people in the truth)", size,
                "%,d (%,d)".formatted(quality.victims(), quality.people()));
        results.figure(SCENARIO, "false merges: people filed under another person's victim", size,
                "%,d (on %,d victims; %,d pairs of different people on one victim)".formatted(quality.falseMerges(),
                        quality.victimsMixingPeople(), quality.mergedPairs()));
        results.figure(SCENARIO, "true repeats found automatically (all listings on one victim)", size,
                "%,d of %,d (%.1f%%)".formatted(quality.repeatsFoundAutomatically(), quality.trueRepeats(),
                        quality.percentFoundAutomatically()));
        results.figure(SCENARIO, "true repeats raised as possible matches (split, joined by OPEN matches)", size,
                orNotApplicable(quality.repeatsRaisedAsPossibleMatches()));
        results.figure(SCENARIO, "missed repeats (split, not joined by OPEN possible matches)", size,
                "%,d".formatted(quality.missedRepeats()));
        results.figure(SCENARIO, "possible matches raised (of them between different people)", size,
                quality.possibleMatchesRaised() == null ? "n/a (no victim_possible_match table)"
                        : "%,d (%,d)".formatted(quality.possibleMatchesRaised(), quality.possibleMatchFalseAlarms()));
        results.figure(SCENARIO, "listings the import flagged as repeat victims (listings referred)", size,
                "%,d (%,d)".formatted(flaggedRepeats, referred));
        return quality;
    }

    /** Which victim each of this run's listings was filed under. */
    private Map<String, UUID> landed(String prefix) {
        Map<String, UUID> landed = new HashMap<>();
        jdbc.sql("SELECT crime_reference, victim_id FROM victim_listing WHERE crime_reference LIKE :prefix")
                .param("prefix", prefix + "-%")
                .query((rs, n) -> landed.put(rs.getString("crime_reference"), rs.getObject("victim_id", UUID.class)))
                .list();
        return landed;
    }

    /** Every possible match, or null before the product has a possible-match table. */
    private List<PossibleMatch> possibleMatches() {
        boolean exists = jdbc.sql("SELECT to_regclass('victim_possible_match') IS NOT NULL").query(Boolean.class)
                .single();
        if (!exists) {
            return null;
        }
        return new ArrayList<>(jdbc.sql("SELECT victim_id, candidate_victim_id, status FROM victim_possible_match")
                .query((rs, n) -> new PossibleMatch(rs.getObject("victim_id", UUID.class),
                        rs.getObject("candidate_victim_id", UUID.class), rs.getString("status")))
                .list());
    }

    private static String orNotApplicable(Integer value) {
        return value == null ? "n/a (no victim_possible_match table)" : "%,d".formatted(value);
    }
}
