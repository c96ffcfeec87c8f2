package uk.police.ecu.casework.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.Role;

/**
 * The supervisors' view of service levels. A supervisor sees the teams they supervise; a performance
 * analyst sees every team. A period runs from the start of {@code from} to the end of {@code to}
 * (London days); compliance counts the clocks falling due in it, the trend the breaches in it.
 */
@Service
@PreAuthorize(SlaDashboardService.READERS)
@Transactional(readOnly = true)
public class SlaDashboardService {

    static final String READERS = "hasAnyRole('ECU_SUPERVISOR', 'PERFORMANCE_ANALYST')";

    private final SlaDashboardRepository figures;
    private final Clock clock;

    SlaDashboardService(SlaDashboardRepository figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    public SlaDashboard dashboard(CaseworkUser user, LocalDate from, LocalDate to) {
        SlaDashboardRepository.Scope scope = scope(user, from, to);
        Folded due = fold(figures.dueInPeriod(scope));
        return new SlaDashboard(from, to, figures.awaitingReview(scope), figures.atRisk(scope),
                figures.atRiskCounts(scope), due.compliance(), figures.weeklyBreaches(scope), due.victimsCode());
    }

    /** Breaches due in the period, with their reviews, handed to {@code each} one at a time, for export. */
    public void breaches(CaseworkUser user, LocalDate from, LocalDate to, Consumer<SlaDashboard.BreachRow> each) {
        figures.breaches(scope(user, from, to), each);
    }

    public List<SlaDashboard.Compliance> compliance(CaseworkUser user, LocalDate from, LocalDate to) {
        return fold(figures.dueInPeriod(scope(user, from, to))).compliance();
    }

    /** Analysts see all teams; a supervisor only the teams they supervise. */
    private SlaDashboardRepository.Scope scope(CaseworkUser user, LocalDate from, LocalDate to) {
        return new SlaDashboardRepository.Scope(user.hasRole(Role.PERFORMANCE_ANALYST), user.supervisedTeamIds(),
                startOf(from), startOf(to.plusDays(1)), from, to, OffsetDateTime.now(clock), clock.getZone());
    }

    private record Folded(List<SlaDashboard.Compliance> compliance, List<SlaDashboard.VictimsCodeMonth> victimsCode) {
    }

    private static Folded fold(List<SlaDashboardRepository.Tally> tallies) {
        Map<List<String>, SlaDashboard.Compliance> compliance = new LinkedHashMap<>();
        Map<List<String>, SlaDashboard.VictimsCodeMonth> victims = new TreeMap<>(
                Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
        for (SlaDashboardRepository.Tally t : tallies) {
            compliance.merge(Arrays.asList(t.slaId(), t.team()),
                    new SlaDashboard.Compliance(t.slaId(), t.slaName(), t.team(), t.teamName(), t.met(), t.metLate(),
                            t.breached(), t.open()),
                    (a, b) -> new SlaDashboard.Compliance(a.slaId(), a.slaName(), a.team(), a.teamName(),
                            a.met() + b.met(), a.metLate() + b.metLate(), a.breached() + b.breached(), a.open() + b.open()));
            int decided = t.met() + t.metLate() + t.breached();
            if (t.victimsCodeVersion() != null && decided > 0) {
                victims.merge(List.of(t.slaId(), t.month(), t.victimsCodeVersion()),
                        new SlaDashboard.VictimsCodeMonth(t.slaId(), t.slaName(), t.victimsCodeVersion(), t.month(),
                                t.met(), decided, percent(t.met(), decided)),
                        (a, b) -> new SlaDashboard.VictimsCodeMonth(a.slaId(), a.slaName(), a.victimsCodeVersion(),
                                a.month(), a.met() + b.met(), a.decided() + b.decided(),
                                percent(a.met() + b.met(), a.decided() + b.decided())));
            }
        }
        return new Folded(List.copyOf(compliance.values()), List.copyOf(victims.values()));
    }

    private static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L)
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toOffsetDateTime();
    }
}
