package uk.police.ecu.casework.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The board's figures for a period, each with the previous period of equal length beside it. */
public record BoardReport(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo,
                          List<Count> fraudTypes, List<Count> ageBands, List<AverageLoss> averageLoss,
                          OutcomeRate outcomeRate, List<Count> victimCare,
                          List<Intensification> intensificationPeriods, List<Count> nfib90Recategorised,
                          Count courierFraud, ReturnCompliance returnCompliance, List<Count> protectActivity) {

    /** A number of records in the period and the previous one; the change is null when there was nothing before. */
    public record Count(String key, String label, long current, long previous, long change, BigDecimal changePercent) {

        static Count of(String key, String label, long current, long previous) {
            return new Count(key, label, current, previous, current - previous, Change.percent(current, previous));
        }
    }

    /** Average loss in pounds; null (shown as "not recorded") when no report in the period recorded a loss. */
    public record AverageLoss(String victimType, String label, BigDecimal current, long currentReports,
                              BigDecimal previous, long previousReports, BigDecimal change) {
    }

    /** Positive outcomes in the period over crimes reported in it, beside the national rate. */
    public record OutcomeRate(Rate current, Rate previous, BigDecimal changePoints, BigDecimal nationalRatePercent,
                              String nationalRateSource) {
    }

    public record Rate(long positiveOutcomes, long crimes, BigDecimal ratePercent) {
    }

    /**
     * Reports of the campaign's fraud types inside the campaign and in as many days just before it; the id names
     * the campaign in its drill-down ({@code INTENSIFICATION:<id>}).
     */
    public record Intensification(long id, String name, List<String> fraudTypes, LocalDate from, LocalDate to,
                                  long reports, long reportsBefore, long change, BigDecimal changePercent) {
    }

    /** Monthly outcome returns for months starting in the period, sent by {@link OutcomeReturnDeadline}. */
    public record ReturnCompliance(Returns current, Returns previous, BigDecimal changePoints,
                                   String dueRule) {
    }

    /** Months whose deadline has passed, and of those the returns sent on time, late, or not at all. */
    public record Returns(long monthsDue, long sentOnTime, long sentLate, long notSent, BigDecimal compliancePercent) {
    }
}
