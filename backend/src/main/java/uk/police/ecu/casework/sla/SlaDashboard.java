package uk.police.ecu.casework.sla;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the supervisors' SLA page shows, for one period. No personal data: cases appear by reference only. */
public record SlaDashboard(LocalDate from, LocalDate to, List<Breach> awaitingReview, List<AtRisk> atRisk,
                           List<Count> atRiskByTeamAndSla, List<Compliance> compliance, List<Week> weeklyBreaches,
                           List<VictimsCodeMonth> victimsCode) {

    public record Breach(long clockId, String slaId, String slaName, String team, String teamName, String processKey,
                         String caseReference,
                         Instant dueAt, Instant breachedAt, String result, String reviewTaskId) {
    }

    public record AtRisk(long clockId, String slaName, String team, String teamName, String processKey,
                         String caseReference, Instant warnAt,
                         Instant dueAt) {
    }

    public record Count(String team, String teamName, String slaId, String slaName, int count) {
    }

    public record Compliance(String slaId, String slaName, String team, String teamName, int met, int metLate, int breached,
                             int open) {
    }

    public record Week(LocalDate weekStarting, int breaches) {
    }

    /** One breach due in the period, with its review if any, as the CSV export lists it. */
    public record BreachRow(long clockId, String slaId, int slaVersion, String slaName, String team,
                            String caseReference, Instant startedAt, Instant dueAt, Instant breachedAt,
                            Instant stoppedAt, String result, String cause, Boolean justified, String actionTaken,
                            String reviewedBy, Instant reviewedAt) {
    }

    /** {@code percentMet} is the share of clocks due that month (and decided) that were met in time. */
    public record VictimsCodeMonth(String slaId, String slaName, String victimsCodeVersion, String month, int met,
                                   int decided, BigDecimal percentMet) {
    }
}
