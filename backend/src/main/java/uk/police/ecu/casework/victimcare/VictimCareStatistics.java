package uk.police.ecu.casework.victimcare;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private final VictimCareStatisticsRepository counts;

    VictimCareStatistics(VictimCareStatisticsRepository counts) {
        this.counts = counts;
    }

    /** The last {@code count} weeks up to the one holding {@code today}, newest first. */
    Weeks lastWeeks(int count, LocalDate today) {
        LocalDate last = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = last.minusWeeks(count - 1L);
        LocalDate end = last.plusWeeks(1);
        Map<LocalDate, Map<String, Integer>> byReason = counts.referredByReason(first, end);
        Map<LocalDate, Integer> referred = counts.referred(first, end);
        Map<LocalDate, Integer> screenedOut = counts.screenedOut(first, end);
        Map<LocalDate, Integer> contacts = counts.contactsMade(first, end);
        Map<LocalDate, Integer> victimSupport = counts.victimSupportReferrals(first, end);
        Map<LocalDate, Map<ProtectResource, Integer>> resources = counts.resourcesIssued(first, end);
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
}
