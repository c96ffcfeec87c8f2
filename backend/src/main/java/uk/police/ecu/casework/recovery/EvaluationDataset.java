package uk.police.ecu.casework.recovery;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import uk.police.ecu.casework.recovery.SmallNumberSuppression.Cell;

/** The evaluation dataset: one row per enrolled participant, and the cohort table published from it. */
final class EvaluationDataset {

    /** The figure a cohort or total row has in place of a quarter or an area. */
    static final String ALL = "all";

    private EvaluationDataset() {
    }

    /** One participant, under a pseudonym: no name, date of birth or date, only the start quarter. */
    record Row(String pseudonymousId, String area, String startQuarter, String status, String exitReason,
               int daysAtLiberty, int beforeCalendarDays, int beforeCustodyDays, long beforeOffences,
               BigDecimal beforeValueStolenGbp, int afterCalendarDays, int afterCustodyDays, long afterOffences,
               BigDecimal afterValueStolenGbp) {
    }

    /** One published row of the cohort table; a total row has {@link #ALL} as its quarter (and area). */
    record CohortRow(String area, String startQuarter, Cell participants, Cell offendedBefore, Cell offendedAfter,
                     Cell offencesBefore, Cell offencesAfter) {
    }

    /** The same pseudonym for the same participant in every export, so an evaluator can follow a person. */
    static String pseudonym(String reference) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("o2r-evaluation|" + reference).getBytes(StandardCharsets.UTF_8));
            return "P" + HexFormat.of().formatHex(hash, 0, 6).toUpperCase();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String quarterOf(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    /** Cohorts by area and start quarter, each area's total after its quarters, and the total of all at the end. */
    static List<CohortRow> cohorts(List<Row> rows) {
        Map<String, Map<String, List<Row>>> byArea = new LinkedHashMap<>();
        rows.stream().sorted((a, b) -> (a.area() + a.startQuarter()).compareTo(b.area() + b.startQuarter()))
                .forEach(r -> byArea.computeIfAbsent(r.area(), a -> new LinkedHashMap<>())
                        .computeIfAbsent(r.startQuarter(), q -> new ArrayList<>()).add(r));
        List<CohortRow> table = new ArrayList<>();
        List<Counts> everyCohort = new ArrayList<>();
        List<CohortRow> everyCohortPublished = new ArrayList<>();
        byArea.forEach((area, quarters) -> {
            List<Counts> areaCounts = new ArrayList<>();
            List<CohortRow> areaRows = new ArrayList<>();
            quarters.forEach((quarter, people) -> {
                Counts counts = Counts.of(people);
                CohortRow row = counts.published(area, quarter);
                areaCounts.add(counts);
                areaRows.add(row);
            });
            table.addAll(areaRows);
            table.add(total(area, areaCounts, areaRows));
            everyCohort.addAll(areaCounts);
            everyCohortPublished.addAll(areaRows);
        });
        table.add(total(ALL, everyCohort, everyCohortPublished));
        return table;
    }

    private static CohortRow total(String area, List<Counts> counts, List<CohortRow> cells) {
        return new CohortRow(area, ALL,
                sum(counts, Counts::participants, cells, CohortRow::participants),
                sum(counts, Counts::offendedBefore, cells, CohortRow::offendedBefore),
                sum(counts, Counts::offendedAfter, cells, CohortRow::offendedAfter),
                sum(counts, Counts::offencesBefore, cells, CohortRow::offencesBefore),
                sum(counts, Counts::offencesAfter, cells, CohortRow::offencesAfter));
    }

    private static Cell sum(List<Counts> counts, ToLongFunction<Counts> count, List<CohortRow> rows,
                            java.util.function.Function<CohortRow, Cell> cell) {
        return SmallNumberSuppression.total(counts.stream().map(c -> count.applyAsLong(c)).toList(),
                rows.stream().map(cell).toList());
    }

    /** A cohort's exact counts, before publication. */
    private record Counts(long participants, long offendedBefore, long offendedAfter, long offencesBefore,
                          long offencesAfter) {

        static Counts of(List<Row> people) {
            return new Counts(people.size(),
                    people.stream().filter(r -> r.beforeOffences() > 0).count(),
                    people.stream().filter(r -> r.afterOffences() > 0).count(),
                    people.stream().mapToLong(Row::beforeOffences).sum(),
                    people.stream().mapToLong(Row::afterOffences).sum());
        }

        CohortRow published(String area, String quarter) {
            boolean withheld = SmallNumberSuppression.cohortWithheld(participants);
            return new CohortRow(area, quarter, SmallNumberSuppression.cell(participants, false),
                    SmallNumberSuppression.cell(offendedBefore, withheld),
                    SmallNumberSuppression.cell(offendedAfter, withheld),
                    SmallNumberSuppression.cell(offencesBefore, withheld),
                    SmallNumberSuppression.cell(offencesAfter, withheld));
        }
    }
}
