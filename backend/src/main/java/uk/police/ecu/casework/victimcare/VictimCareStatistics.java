package uk.police.ecu.casework.victimcare;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.shared.SmallCounts;
import uk.police.ecu.casework.shared.WithheldShownAsNull;

/**
 * The unit's weekly figures. Referrals and screen-outs count by the week of the list they came on;
 * contacts, resources and Victim Support referrals by the week they happened. Weeks start on Monday.
 * Each count is of people, so 1 to 4 are withheld ({@link SmallCounts}).
 */
@Component
class VictimCareStatistics {

    static final List<String> REASONS = List.of("ROMANCE_FRAUD", "AGED_70_OR_OVER", "NDM_SCORE_AT_OR_ABOVE_THRESHOLD",
            "REPEAT_VICTIM");

    @WithheldShownAsNull
    record Week(LocalDate week, @WithheldShownAsNull Map<String, Long> referredByReason, Long referred, Long screenedOut,
                Long contactsMade, @WithheldShownAsNull Map<ProtectResource, Long> resourcesIssued,
                Long victimSupportReferrals) {
    }

    record Weeks(List<Week> weeks) {
    }

    private final JdbcClient jdbc;

    VictimCareStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The last {@code count} weeks up to the one holding {@code today}, newest first. */
    Weeks lastWeeks(int count, LocalDate today) {
        LocalDate last = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = last.minusWeeks(count - 1L);
        LocalDate end = last.plusWeeks(1);
        Map<LocalDate, Map<String, Integer>> byReason = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT date_trunc('week', list_week)::date AS week, reason, count(*) AS n
                        FROM victim_listing, unnest(screening_reasons) AS reason
                        WHERE screening_result = 'REFERRED' AND list_week >= ? AND list_week < ?
                        GROUP BY 1, 2""")
                .params(first, end)
                .query(rs -> {
                    byReason.computeIfAbsent(rs.getObject("week", LocalDate.class), w -> new LinkedHashMap<>())
                            .put(rs.getString("reason"), rs.getInt("n"));
                });
        Map<LocalDate, Integer> referred = perWeek("""
                SELECT date_trunc('week', list_week)::date, count(*) FROM victim_listing
                WHERE screening_result = 'REFERRED' AND list_week >= ? AND list_week < ? GROUP BY 1""", first, end);
        Map<LocalDate, Integer> screenedOut = perWeek("""
                SELECT date_trunc('week', list_week)::date, count(*) FROM victim_listing
                WHERE screening_result = 'SCREENED_OUT' AND list_week >= ? AND list_week < ? GROUP BY 1""", first, end);
        Map<LocalDate, Integer> contacts = perWeek("""
                SELECT date_trunc('week', day)::date, count(*) FROM (
                    SELECT contacted_on AS day FROM victim_assessment
                    UNION ALL
                    SELECT contacted_on FROM victim_planned_contact WHERE status = 'LOGGED' AND outcome = 'CONTACTED') c
                WHERE day >= ? AND day < ? GROUP BY 1""", first, end);
        Map<LocalDate, Integer> victimSupport = perWeek("""
                SELECT date_trunc('week', referred_on)::date, count(*) FROM victim_support_referral
                WHERE referred_on >= ? AND referred_on < ? GROUP BY 1""", first, end);
        Map<LocalDate, Map<ProtectResource, Integer>> resources = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT date_trunc('week', issued_on)::date AS week, resource, count(*) AS n FROM victim_resource_issue
                        WHERE issued_on >= ? AND issued_on < ? GROUP BY 1, 2""")
                .params(first, end)
                .query(rs -> {
                    resources.computeIfAbsent(rs.getObject("week", LocalDate.class), w -> new EnumMap<>(ProtectResource.class))
                            .put(ProtectResource.valueOf(rs.getString("resource")), rs.getInt("n"));
                });
        List<Week> weeks = new ArrayList<>();
        for (LocalDate week = last; !week.isBefore(first); week = week.minusWeeks(1)) {
            Map<String, Integer> reasons = new LinkedHashMap<>();
            Map<String, Integer> found = byReason.getOrDefault(week, Map.of());
            REASONS.forEach(reason -> reasons.put(reason, found.getOrDefault(reason, 0)));
            Map<ProtectResource, Integer> issued = new EnumMap<>(ProtectResource.class);
            Map<ProtectResource, Integer> foundIssued = resources.getOrDefault(week, Map.of());
            for (ProtectResource resource : ProtectResource.values()) {
                issued.put(resource, foundIssued.getOrDefault(resource, 0));
            }
            weeks.add(new Week(week, SmallCounts.shown(reasons), SmallCounts.shown(referred.getOrDefault(week, 0)),
                    SmallCounts.shown(screenedOut.getOrDefault(week, 0)), SmallCounts.shown(contacts.getOrDefault(week, 0)),
                    SmallCounts.shown(issued), SmallCounts.shown(victimSupport.getOrDefault(week, 0))));
        }
        return new Weeks(weeks);
    }

    private Map<LocalDate, Integer> perWeek(String sql, LocalDate first, LocalDate end) {
        Map<LocalDate, Integer> counts = new LinkedHashMap<>();
        jdbc.sql(sql).params(first, end).query(rs -> {
            counts.put(rs.getObject(1, LocalDate.class), rs.getInt(2));
        });
        return counts;
    }
}
