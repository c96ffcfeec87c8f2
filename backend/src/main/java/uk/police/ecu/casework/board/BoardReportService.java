package uk.police.ecu.casework.board;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.springframework.stereotype.Service;

/** Works out the board's figures for a period and the previous period of the same length. */
@Service
class BoardReportService {

    static final String READERS = "hasAnyRole('ECU_SUPERVISOR', 'PERFORMANCE_ANALYST')";

    private static final Map<String, String> AGE_BANDS = new LinkedHashMap<>();

    static {
        for (String band : List.of("0-20", "21-30", "31-40", "41-50", "51-60", "61-70", "71-80")) {
            AGE_BANDS.put(band, band.equals("0-20") ? "20 and under" : band.replace('-', '–'));
        }
        AGE_BANDS.put("81+", "81 and over");
        AGE_BANDS.put("NOT_RECORDED", "Individual, age not recorded");
        AGE_BANDS.put("ORGANISATION", "Organisation");
    }

    private final BoardReportRepository figures;
    private final Clock clock;

    BoardReportService(BoardReportRepository figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    BoardReport report(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate previousTo = from.minusDays(1);
        LocalDate previousFrom = previousTo.minusDays(days - 1);
        return new BoardReport(from, to, previousFrom, previousTo,
                fraudTypes(from, to, previousFrom, previousTo), ageBands(from, to, previousFrom, previousTo),
                averageLoss(from, to, previousFrom, previousTo), outcomeRate(from, to, previousFrom, previousTo),
                victimCare(from, to, previousFrom, previousTo), intensification(from, to),
                nfib90(from, to, previousFrom, previousTo),
                BoardReport.Count.of("COURIER_FRAUD", "Courier fraud (marked at triage)",
                        figures.courierFraud(from, to), figures.courierFraud(previousFrom, previousTo)),
                compliance(from, to, previousFrom, previousTo), protect(from, to, previousFrom, previousTo));
    }

    private List<BoardReport.Count> fraudTypes(LocalDate from, LocalDate to, LocalDate pFrom, LocalDate pTo) {
        Map<String, BoardReportRepository.Keyed> now = byKey(figures.reportsByFraudType(from, to));
        Map<String, BoardReportRepository.Keyed> before = byKey(figures.reportsByFraudType(pFrom, pTo));
        List<BoardReport.Count> rows = new ArrayList<>();
        for (String code : new TreeSet<>(union(now, before))) {
            BoardReportRepository.Keyed either = now.getOrDefault(code, before.get(code));
            rows.add(BoardReport.Count.of(code, either.label(), reports(now, code), reports(before, code)));
        }
        rows.sort((a, b) -> Long.compare(b.current(), a.current()));
        return rows;
    }

    /** Reports made as NFIB 90, by the code each holds now; those still NFIB 90 are the ones not recategorised. */
    private List<BoardReport.Count> nfib90(LocalDate from, LocalDate to, LocalDate pFrom, LocalDate pTo) {
        Map<String, BoardReportRepository.Keyed> now = byKey(figures.recategorisedFrom90(from, to));
        Map<String, BoardReportRepository.Keyed> before = byKey(figures.recategorisedFrom90(pFrom, pTo));
        List<BoardReport.Count> rows = new ArrayList<>();
        for (String code : new TreeSet<>(union(now, before))) {
            BoardReportRepository.Keyed either = now.getOrDefault(code, before.get(code));
            rows.add(BoardReport.Count.of(code, either.label(), reports(now, code), reports(before, code)));
        }
        rows.sort((a, b) -> Long.compare(b.current(), a.current()));
        return rows;
    }

    private BoardReport.ReturnCompliance compliance(LocalDate from, LocalDate to, LocalDate pFrom, LocalDate pTo) {
        BoardReport.Returns now = returns(from, to);
        BoardReport.Returns before = returns(pFrom, pTo);
        return new BoardReport.ReturnCompliance(now, before,
                Change.difference(now.compliancePercent(), before.compliancePercent()),
                OutcomeReturnDeadline.RULE);
    }

    /** A month counts once its deadline has passed, or earlier if its return was already sent. */
    private BoardReport.Returns returns(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        long due = 0;
        long onTime = 0;
        long late = 0;
        for (BoardReportRepository.ReturnSent r : figures.outcomeReturns(from, to)) {
            LocalDate deadline = OutcomeReturnDeadline.dueBy(r.month());
            LocalDate sentOn = r.submittedAt() == null ? null : r.submittedAt().atZone(clock.getZone()).toLocalDate();
            if (sentOn == null && !deadline.isBefore(today)) {
                continue;
            }
            due++;
            if (sentOn != null && !sentOn.isAfter(deadline)) {
                onTime++;
            } else if (sentOn != null) {
                late++;
            }
        }
        return new BoardReport.Returns(due, onTime, late, due - onTime - late, Change.rate(onTime, due));
    }

    private List<BoardReport.Count> ageBands(LocalDate from, LocalDate to, LocalDate pFrom, LocalDate pTo) {
        Map<String, BoardReportRepository.Keyed> now = byKey(figures.reportsByAgeBand(from, to));
        Map<String, BoardReportRepository.Keyed> before = byKey(figures.reportsByAgeBand(pFrom, pTo));
        List<BoardReport.Count> rows = new ArrayList<>();
        AGE_BANDS.forEach((key, label) -> rows.add(BoardReport.Count.of(key, label, reports(now, key),
                reports(before, key))));
        return rows;
    }

    private List<BoardReport.AverageLoss> averageLoss(LocalDate from, LocalDate to, LocalDate pFrom, LocalDate pTo) {
        List<BoardReportRepository.Loss> now = figures.averageLoss(from, to);
        List<BoardReportRepository.Loss> before = figures.averageLoss(pFrom, pTo);
        List<BoardReport.AverageLoss> rows = new ArrayList<>();
        for (String type : List.of("INDIVIDUAL", "ORGANISATION")) {
            BoardReportRepository.Loss n = loss(now, type);
            BoardReportRepository.Loss b = loss(before, type);
            rows.add(new BoardReport.AverageLoss(type, type.equals("INDIVIDUAL") ? "Individuals" : "Organisations",
                    n.average(), n.reports(), b.average(), b.reports(), Change.difference(n.average(), b.average())));
        }
        return rows;
    }

    private BoardReport.OutcomeRate outcomeRate(LocalDate from, LocalDate to, LocalDate pFrom, LocalDate pTo) {
        BoardReport.Rate now = rate(from, to);
        BoardReport.Rate before = rate(pFrom, pTo);
        BoardReportRepository.ReferenceFigure national = figures.referenceFigure("NATIONAL_FRAUD_OUTCOME_RATE");
        return new BoardReport.OutcomeRate(now, before, Change.difference(now.ratePercent(), before.ratePercent()),
                national == null ? null : national.value(), national == null ? null : national.source());
    }

    private BoardReport.Rate rate(LocalDate from, LocalDate to) {
        long positive = figures.positiveOutcomes(from, to);
        long crimes = figures.crimesReported(from, to);
        return new BoardReport.Rate(positive, crimes, Change.rate(positive, crimes));
    }

    private List<BoardReport.Count> victimCare(LocalDate from, LocalDate to, LocalDate pFrom, LocalDate pTo) {
        List<BoardReport.Count> rows = new ArrayList<>();
        care(rows, "SCREENED", "Victims screened", figures::victimsScreened, from, to, pFrom, pTo);
        care(rows, "REFERRED", "Referred to victim care", figures::victimsReferred, from, to, pFrom, pTo);
        care(rows, "CONTACTED", "Contacted and assessed", figures::victimsContacted, from, to, pFrom, pTo);
        care(rows, "CALL_BLOCKERS", "Call blockers issued", figures::callBlockersIssued, from, to, pFrom, pTo);
        care(rows, "VICTIM_SUPPORT", "Referred to Victim Support", figures::victimSupportReferrals,
                from, to, pFrom, pTo);
        care(rows, "ROMANCE_QUESTIONNAIRES", "Romance fraud victim questionnaires completed",
                figures::romanceQuestionnairesCompleted, from, to, pFrom, pTo);
        care(rows, "ROMANCE_QUESTIONNAIRES_DECLINED", "Romance fraud victim questionnaires declined",
                figures::romanceQuestionnairesDeclined, from, to, pFrom, pTo);
        return rows;
    }

    /** The figures the unit reports on APMIS: posts and their impressions, outreach events and people engaged. */
    private List<BoardReport.Count> protect(LocalDate from, LocalDate to, LocalDate pFrom, LocalDate pTo) {
        BoardReportRepository.Protect now = figures.protectActivity(from, to);
        BoardReportRepository.Protect before = figures.protectActivity(pFrom, pTo);
        return List.of(
                BoardReport.Count.of("SOCIAL_MEDIA_POSTS", "Social media posts", now.posts(), before.posts()),
                BoardReport.Count.of("IMPRESSIONS", "Impressions from social media posts", now.impressions(),
                        before.impressions()),
                BoardReport.Count.of("OUTREACH_EVENTS", "Outreach events", now.events(), before.events()),
                BoardReport.Count.of("PEOPLE_ENGAGED", "People engaged at outreach events", now.peopleEngaged(),
                        before.peopleEngaged()));
    }

    private static void care(List<BoardReport.Count> rows, String key, String label,
                             BiFunction<LocalDate, LocalDate, Long> count, LocalDate from, LocalDate to,
                             LocalDate pFrom, LocalDate pTo) {
        rows.add(BoardReport.Count.of(key, label, count.apply(from, to), count.apply(pFrom, pTo)));
    }

    private List<BoardReport.Intensification> intensification(LocalDate from, LocalDate to) {
        List<BoardReport.Intensification> rows = new ArrayList<>();
        for (BoardReportRepository.Period p : figures.intensificationPeriods(from, to)) {
            long days = ChronoUnit.DAYS.between(p.from(), p.to()) + 1;
            long during = figures.reportsOfTypes(p.fraudTypes(), p.from(), p.to());
            long before = figures.reportsOfTypes(p.fraudTypes(), p.from().minusDays(days), p.from().minusDays(1));
            rows.add(new BoardReport.Intensification(p.id(), p.name(), p.fraudTypes(), p.from(), p.to(), during,
                    before, during - before, Change.percent(during, before)));
        }
        return rows;
    }

    private static Map<String, BoardReportRepository.Keyed> byKey(List<BoardReportRepository.Keyed> rows) {
        Map<String, BoardReportRepository.Keyed> map = new LinkedHashMap<>();
        rows.forEach(row -> map.put(row.key(), row));
        return map;
    }

    private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static long reports(Map<String, BoardReportRepository.Keyed> rows, String key) {
        BoardReportRepository.Keyed row = rows.get(key);
        return row == null ? 0 : row.reports();
    }

    private static BoardReportRepository.Loss loss(List<BoardReportRepository.Loss> rows, String type) {
        return rows.stream().filter(r -> r.victimType().equals(type)).findFirst()
                .orElse(new BoardReportRepository.Loss(type, null, 0));
    }
}
