package uk.police.ecu.casework.recovery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The programme's figures for its independent evaluation: counts and averages only, never a person. */
record Evaluation(LocalDate from, LocalDate to, List<AreaFigures> areas) {

    record AreaFigures(String area, String name, long referrals, Map<String, Long> referralsBySource,
                       long eligible, long ineligible, Map<String, Long> ineligibilityReasons,
                       long declinedAtAssessment, long withdrewConsent, long inactive, long enrolments,
                       long rehabAdmissions, long rehabCompletions, long rehabEarlyDischarges,
                       Map<String, Long> earlyDischargeReasons, Map<String, Long> exitsByReason,
                       List<ReviewEngagement> engagementByReview, List<FollowUpOutcome> followUps,
                       Offending offending) {
    }

    /** Engagement at the n-th review: rate = (attended + partly) / recorded. */
    record ReviewEngagement(int reviewNumber, long recorded, long attended, long partly, long missed,
                            BigDecimal engagementRate) {
    }

    record FollowUpOutcome(int months, long followedUp, long abstinent, long reoffended) {
    }

    /**
     * Shop theft per participant per week, averaged over the participants enrolled in the period: in the
     * 12 months before enrolment, during participation (to exit, or to date) and after exit (to date).
     */
    record Offending(long participants, Rate before, Rate during, Rate after) {
    }

    record Rate(long participants, BigDecimal offencesPerWeek, BigDecimal valueStolenPerWeekGbp) {
    }
}
