package uk.police.ecu.casework.recovery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.shared.NotFoundException;

/**
 * Aggregates the programme per local authority area and period. Referrals and eligibility count by
 * referral date, enrolments by enrolment date, pathway stages by stage date, exits by exit date, reviews by
 * review date and follow-ups by due date; offending compares the participants enrolled in the period.
 */
@Service
@PreAuthorize("hasAnyRole('PERFORMANCE_ANALYST', 'O2R_OFFICER', 'ADMINISTRATOR')")
public class EvaluationService {

    private final EvaluationRepository counts;
    private final LocalAuthorityRepository areas;
    private final ProgrammeCalendar calendar;

    EvaluationService(EvaluationRepository counts, LocalAuthorityRepository areas, ProgrammeCalendar calendar) {
        this.calendar = calendar;
        this.counts = counts;
        this.areas = areas;
    }

    @Transactional(readOnly = true)
    public Evaluation evaluate(String area, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw InvalidInputException.field(from == null ? "from" : "to", "Give the period as from and to dates");
        }
        if (to.isBefore(from)) {
            throw InvalidInputException.field("to", "The end of the period cannot be before its start");
        }
        List<LocalAuthority> chosen = area == null || area.isBlank() ? areas.all()
                : List.of(areas.find(area).orElseThrow(() ->
                        new NotFoundException("There is no local authority area " + area)));
        return new Evaluation(from, to, chosen.stream().map(a -> figures(a, from, to)).toList()).published();
    }

    /** Eligible are those decided and not found ineligible. */
    private Evaluation.AreaFigures figures(LocalAuthority area, LocalDate from, LocalDate to) {
        EvaluationRepository.AreaPeriod p = new EvaluationRepository.AreaPeriod(area.id(), from, to);
        long referrals = counts.referrals(p);
        long ineligible = counts.ineligible(p);
        long decided = counts.decided(p);
        return new Evaluation.AreaFigures(area.id(), area.name(), referrals,
                counts.referralsBySource(p),
                decided - ineligible, ineligible,
                counts.ineligibilityReasons(p),
                counts.declinedAtAssessment(p),
                counts.withdrewConsent(p),
                counts.disengaged(p),
                counts.enrolments(p),
                counts.rehabAdmissions(p), counts.rehabCompletions(p),
                counts.rehabEarlyDischarges(p),
                counts.earlyDischargeReasons(p),
                counts.exitsByReason(p),
                counts.engagement(p), counts.followUps(p), offending(p, to));
    }

    /** Per-participant weekly rates, then averaged: each participant counts once, however long their window. */
    private Evaluation.Offending offending(EvaluationRepository.AreaPeriod p, LocalDate to) {
        List<EvaluationRepository.Window> windows = counts.enrolled(p);
        LocalDate today = calendar.today();
        List<double[]> before = new ArrayList<>();
        List<double[]> during = new ArrayList<>();
        List<double[]> after = new ArrayList<>();
        for (EvaluationRepository.Window w : windows) {
            LocalDate end = w.exited() == null ? today : w.exited();
            add(before, w.reference(), w.enrolled().minusYears(1), w.enrolled());
            add(during, w.reference(), w.enrolled(), end);
            if (w.exited() != null) {
                add(after, w.reference(), w.exited(), today);
            }
        }
        return new Evaluation.Offending((long) windows.size(), rate(before), rate(during), rate(after));
    }

    /** One participant's offences and value per week in [start, end); a window under a day is left out. */
    private void add(List<double[]> rates, String reference, LocalDate start, LocalDate end) {
        long days = ChronoUnit.DAYS.between(start, end);
        if (days <= 0) {
            return;
        }
        double weeks = days / 7.0;
        EvaluationRepository.OffenceTotals totals = counts.offences(reference, start, end);
        rates.add(new double[] {totals.offences() / weeks, totals.valueGbp() / weeks});
    }

    private static Evaluation.Rate rate(List<double[]> rates) {
        double offences = rates.stream().mapToDouble(r -> r[0]).average().orElse(0);
        double value = rates.stream().mapToDouble(r -> r[1]).average().orElse(0);
        return new Evaluation.Rate((long) rates.size(), BigDecimal.valueOf(offences).setScale(3, RoundingMode.HALF_UP),
                BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP));
    }
}
