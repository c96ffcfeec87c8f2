package uk.police.ecu.casework.sla;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.Role;
import uk.police.ecu.casework.shared.NotFoundException;

/**
 * The Victims' Code compliance report, per right and per month the right fell due, with the cases behind
 * each number. Rows: the five areas of the force's victim survey, then every Victims' Code SLA per Code
 * version. Scoped as the SLA dashboard is: a supervisor sees the teams they supervise, an analyst all.
 */
@Service
@PreAuthorize(SlaDashboardService.READERS)
@Transactional(readOnly = true)
public class VictimsCodeReportService {

    static final String AREA_PREFIX = "area:";
    static final String NEEDS_PREFIX = "needs:";
    private static final String VERSION_SEPARATOR = "@";

    private final VictimsCodeReportRepository figures;
    private final Clock clock;

    VictimsCodeReportService(VictimsCodeReportRepository figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    public VictimsCodeReport report(CaseworkUser user, YearMonth from, YearMonth to) {
        SlaDashboardRepository.Scope scope = scope(user, from, to);
        List<String> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        List<VictimsCodeReportRepository.ClockCount> clocks = new ArrayList<>(figures.clockCounts(scope));
        clocks.addAll(figures.regularUpdatesNotRecorded(scope));
        Map<String, Integer> crimes = new HashMap<>();
        figures.crimesReceived(scope).forEach(c -> crimes.put(c.month(), c.cases()));

        List<VictimsCodeReport.Right> rights = new ArrayList<>();
        for (VictimsCodeReportRepository.SurveyArea area : figures.surveyAreas()) {
            boolean recorded = !area.slaIds().isEmpty();
            rights.add(new VictimsCodeReport.Right(AREA_PREFIX + area.id(), VictimsCodeReport.Kind.SURVEY_AREA,
                    area.name(), area.codeRight(), null, false, recorded, area.description(),
                    recorded ? cells(months, clocks.stream().filter(c -> area.slaIds().contains(c.slaId())).toList())
                            : notRecorded(months, crimes)));
        }
        for (VictimsCodeReportRepository.CodeRight right : figures.codeRights()) {
            rights.add(new VictimsCodeReport.Right(right.slaId() + VERSION_SEPARATOR + right.victimsCodeVersion(),
                    VictimsCodeReport.Kind.SLA, right.name(), null, right.victimsCodeVersion(), right.localStandard(),
                    true, right.description(), cells(months, clocks.stream()
                            .filter(c -> c.slaId().equals(right.slaId())
                                    && c.victimsCodeVersion().equals(right.victimsCodeVersion()))
                            .toList())));
        }
        List<VictimsCodeReportRepository.ClockCount> needs = figures.needsCounts(scope);
        for (VictimsCodeReportRepository.NeedsRule rule : figures.needsRules()) {
            rights.add(new VictimsCodeReport.Right(NEEDS_PREFIX + rule.id(), VictimsCodeReport.Kind.NEEDS_ASSESSMENT,
                    rule.name(), rule.codeRight(), null, rule.localStandard(), true, rule.source(),
                    cells(months, needs.stream().filter(c -> c.slaId().equals(rule.id())).toList())));
        }
        return new VictimsCodeReport(from.toString(), to.toString(), months, rights);
    }

    /** The cases behind one number of the report; {@code status} null for every case due that month. */
    public List<VictimsCodeReport.CaseLine> cases(CaseworkUser user, String rightId, YearMonth month,
                                                  VictimsCodeReport.Status status) {
        SlaDashboardRepository.Scope scope = scope(user, month, month);
        if (rightId.startsWith(NEEDS_PREFIX)) {
            VictimsCodeReportRepository.NeedsRule rule = figures.needsRules().stream()
                    .filter(r -> r.id().equals(rightId.substring(NEEDS_PREFIX.length()))).findFirst()
                    .orElseThrow(() -> new NotFoundException("No such Victims' Code right: " + rightId));
            return figures.needsCases(scope, rule.id(), status, rule.name());
        }
        if (rightId.startsWith(AREA_PREFIX)) {
            VictimsCodeReportRepository.SurveyArea area = figures.surveyAreas().stream()
                    .filter(a -> a.id().equals(rightId.substring(AREA_PREFIX.length()))).findFirst()
                    .orElseThrow(() -> new NotFoundException("No such Victims' Code right: " + rightId));
            if (area.slaIds().isEmpty()) {
                return status == null || status == VictimsCodeReport.Status.NOT_RECORDED
                        ? figures.crimeCases(scope, area.name()) : List.of();
            }
            return withRegularUpdatesNotRecorded(figures.clockCases(scope, area.slaIds(), null, status, null),
                    area.slaIds(), status, scope, null);
        }
        VictimsCodeReportRepository.CodeRight right = codeRight(rightId)
                .orElseThrow(() -> new NotFoundException("No such Victims' Code right: " + rightId));
        return withRegularUpdatesNotRecorded(figures.clockCases(scope, List.of(right.slaId()),
                right.victimsCodeVersion(), status, right.name()), List.of(right.slaId()), status, scope, right.name());
    }

    /** The regular updates not recorded (no frequency agreed) belong to that right's drill-down too. */
    private List<VictimsCodeReport.CaseLine> withRegularUpdatesNotRecorded(List<VictimsCodeReport.CaseLine> lines,
            List<String> slaIds, VictimsCodeReport.Status status, SlaDashboardRepository.Scope scope, String name) {
        if (!slaIds.contains(VictimsCodeReportRepository.REGULAR_UPDATES)
                || (status != null && status != VictimsCodeReport.Status.NOT_RECORDED)) {
            return lines;
        }
        List<VictimsCodeReport.CaseLine> all = new ArrayList<>(lines);
        all.addAll(figures.regularUpdateCasesNotRecorded(scope, name));
        return all;
    }

    private Optional<VictimsCodeReportRepository.CodeRight> codeRight(String rightId) {
        return figures.codeRights().stream()
                .filter(r -> (r.slaId() + VERSION_SEPARATOR + r.victimsCodeVersion()).equals(rightId)).findFirst();
    }

    private static List<VictimsCodeReport.Month> cells(List<String> months,
                                                       List<VictimsCodeReportRepository.ClockCount> counts) {
        List<VictimsCodeReport.Month> cells = new ArrayList<>();
        for (String month : months) {
            int[] byStatus = new int[VictimsCodeReport.Status.values().length];
            Map<String, Integer> reasons = new LinkedHashMap<>();
            for (VictimsCodeReportRepository.ClockCount c : counts) {
                if (c.month().equals(month)) {
                    byStatus[c.status().ordinal()] += c.clocks();
                    if (c.status() == VictimsCodeReport.Status.NOT_APPLICABLE) {
                        reasons.merge(c.reason(), c.clocks(), Integer::sum);
                    }
                }
            }
            cells.add(cell(month, byStatus, reasons));
        }
        return cells;
    }

    private static List<VictimsCodeReport.Month> notRecorded(List<String> months, Map<String, Integer> crimes) {
        return months.stream().map(month -> {
            int[] byStatus = new int[VictimsCodeReport.Status.values().length];
            byStatus[VictimsCodeReport.Status.NOT_RECORDED.ordinal()] = crimes.getOrDefault(month, 0);
            return cell(month, byStatus, Map.of());
        }).toList();
    }

    private static VictimsCodeReport.Month cell(String month, int[] n, Map<String, Integer> reasons) {
        int due = 0;
        for (int count : n) {
            due += count;
        }
        return new VictimsCodeReport.Month(month, due, n[VictimsCodeReport.Status.MET.ordinal()],
                n[VictimsCodeReport.Status.MET_LATE.ordinal()], n[VictimsCodeReport.Status.NOT_MET.ordinal()],
                n[VictimsCodeReport.Status.OPTED_OUT_OR_UNREACHABLE.ordinal()],
                n[VictimsCodeReport.Status.NOT_APPLICABLE.ordinal()],
                reasons.entrySet().stream().map(e -> new VictimsCodeReport.Reason(e.getKey(), e.getValue())).toList(),
                n[VictimsCodeReport.Status.NOT_RECORDED.ordinal()], n[VictimsCodeReport.Status.NOT_YET_DUE.ordinal()]);
    }

    /** Analysts see all teams; a supervisor only the teams they supervise. Months are London months. */
    private SlaDashboardRepository.Scope scope(CaseworkUser user, YearMonth from, YearMonth to) {
        return new SlaDashboardRepository.Scope(user.hasRole(Role.PERFORMANCE_ANALYST), user.supervisedTeamIds(),
                startOf(from), startOf(to.plusMonths(1)), from.atDay(1), to.atEndOfMonth(), OffsetDateTime.now(clock),
                clock.getZone());
    }

    private OffsetDateTime startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
    }
}
