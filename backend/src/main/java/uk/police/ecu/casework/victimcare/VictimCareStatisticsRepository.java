package uk.police.ecu.casework.victimcare;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counts behind the unit's weekly figures, by the Monday of each week from {@code first} up to (not
 * including) {@code end}; a week with nothing to count is absent.
 */
@Repository
class VictimCareStatisticsRepository {

    private final JdbcClient jdbc;

    VictimCareStatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Referred listings by the week of their list and each reason they were referred for. */
    Map<LocalDate, Map<String, Integer>> referredByReason(LocalDate first, LocalDate end) {
        Map<LocalDate, Map<String, Integer>> byReason = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT date_trunc('week', list_week)::date AS week, reason, count(*) AS n
                        FROM victim_listing, unnest(screening_reasons) AS reason
                        WHERE screening_result = 'REFERRED' AND list_week >= :first AND list_week < :end
                        GROUP BY 1, 2""")
                .param("first", first)
                .param("end", end)
                .query(rs -> {
                    byReason.computeIfAbsent(rs.getObject("week", LocalDate.class), w -> new LinkedHashMap<>())
                            .put(rs.getString("reason"), rs.getInt("n"));
                });
        return byReason;
    }

    Map<LocalDate, Integer> referred(LocalDate first, LocalDate end) {
        return perWeek("""
                SELECT date_trunc('week', list_week)::date, count(*) FROM victim_listing
                WHERE screening_result = 'REFERRED' AND list_week >= :first AND list_week < :end GROUP BY 1""", first, end);
    }

    Map<LocalDate, Integer> screenedOut(LocalDate first, LocalDate end) {
        return perWeek("""
                SELECT date_trunc('week', list_week)::date, count(*) FROM victim_listing
                WHERE screening_result = 'SCREENED_OUT' AND list_week >= :first AND list_week < :end GROUP BY 1""",
                first, end);
    }

    /** Victims reached: first contacts (assessments) and planned contacts logged as made. */
    Map<LocalDate, Integer> contactsMade(LocalDate first, LocalDate end) {
        return perWeek("""
                SELECT date_trunc('week', day)::date, count(*) FROM (
                    SELECT contacted_on AS day FROM victim_assessment
                    UNION ALL
                    SELECT contacted_on FROM victim_planned_contact WHERE status = 'LOGGED' AND outcome = 'CONTACTED') c
                WHERE day >= :first AND day < :end GROUP BY 1""", first, end);
    }

    Map<LocalDate, Integer> victimSupportReferrals(LocalDate first, LocalDate end) {
        return perWeek("""
                SELECT date_trunc('week', referred_on)::date, count(*) FROM victim_support_referral
                WHERE referred_on >= :first AND referred_on < :end GROUP BY 1""", first, end);
    }

    Map<LocalDate, Map<ProtectResource, Integer>> resourcesIssued(LocalDate first, LocalDate end) {
        Map<LocalDate, Map<ProtectResource, Integer>> resources = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT date_trunc('week', issued_on)::date AS week, resource, count(*) AS n FROM victim_resource_issue
                        WHERE issued_on >= :first AND issued_on < :end GROUP BY 1, 2""")
                .param("first", first)
                .param("end", end)
                .query(rs -> {
                    resources.computeIfAbsent(rs.getObject("week", LocalDate.class), w -> new EnumMap<>(ProtectResource.class))
                            .put(ProtectResource.valueOf(rs.getString("resource")), rs.getInt("n"));
                });
        return resources;
    }

    private Map<LocalDate, Integer> perWeek(String sql, LocalDate first, LocalDate end) {
        Map<LocalDate, Integer> counts = new LinkedHashMap<>();
        jdbc.sql(sql).param("first", first).param("end", end).query(rs -> {
            counts.put(rs.getObject(1, LocalDate.class), rs.getInt(2));
        });
        return counts;
    }
}
