package uk.police.ecu.casework.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The board's figures for a period, each with the previous period of equal length beside it. */
public record BoardReport(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo,
                          List<Count> fraudTypes, List<Count> ageBands, List<AverageLoss> averageLoss,
                          OutcomeRate outcomeRate, List<Count> victimCare,
                          List<Intensification> intensificationPeriods) {

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

    /** Reports of the campaign's fraud types inside the campaign and in as many days just before it. */
    public record Intensification(String name, List<String> fraudTypes, LocalDate from, LocalDate to,
                                  long reports, long reportsBefore, long change, BigDecimal changePercent) {
    }
}
