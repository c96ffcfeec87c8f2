package uk.police.ecu.casework.recovery;

import static uk.police.ecu.casework.shared.SmallCounts.rateOver;
import static uk.police.ecu.casework.shared.SmallCounts.shown;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.police.ecu.casework.shared.SmallCounts;
import uk.police.ecu.casework.shared.WithheldShownAsNull;

/**
 * The programme's figures for its independent evaluation: counts and averages only, never a person. As
 * published ({@link #published()}), counts of 1 to 4 people and rates over them are withheld
 * ({@link SmallCounts}); eligible and ineligible are withheld together, as either gives away the other. A
 * withheld figure is sent as null, not left out.
 */
record Evaluation(LocalDate from, LocalDate to, List<AreaFigures> areas) {

    Evaluation published() {
        return new Evaluation(from, to, areas.stream().map(AreaFigures::published).toList());
    }

    @WithheldShownAsNull
    record AreaFigures(String area, String name, Long referrals,
                       @WithheldShownAsNull Map<String, Long> referralsBySource,
                       Long eligible, Long ineligible,
                       @WithheldShownAsNull Map<String, Long> ineligibilityReasons,
                       Long declinedAtAssessment, Long withdrewConsent, Long inactive, Long enrolments,
                       Long rehabAdmissions, Long rehabCompletions, Long rehabEarlyDischarges,
                       @WithheldShownAsNull Map<String, Long> earlyDischargeReasons,
                       @WithheldShownAsNull Map<String, Long> exitsByReason,
                       List<ReviewEngagement> engagementByReview, List<FollowUpOutcome> followUps,
                       Offending offending) {

        AreaFigures published() {
            boolean eitherWithheld = SmallCounts.withheld(eligible) || SmallCounts.withheld(ineligible);
            return new AreaFigures(area, name, shown(referrals), shown(referralsBySource),
                    eitherWithheld ? null : eligible, eitherWithheld ? null : ineligible, shown(ineligibilityReasons),
                    shown(declinedAtAssessment), shown(withdrewConsent), shown(inactive), shown(enrolments),
                    shown(rehabAdmissions), shown(rehabCompletions), shown(rehabEarlyDischarges),
                    shown(earlyDischargeReasons), shown(exitsByReason),
                    engagementByReview.stream().map(ReviewEngagement::published).toList(),
                    followUps.stream().map(FollowUpOutcome::published).toList(), offending.published());
        }
    }

    /** Engagement at the n-th review: rate = (attended + partly) / recorded. */
    @WithheldShownAsNull
    record ReviewEngagement(int reviewNumber, Long recorded, Long attended, Long partly, Long missed,
                            BigDecimal engagementRate) {

        ReviewEngagement published() {
            return new ReviewEngagement(reviewNumber, shown(recorded), shown(attended), shown(partly), shown(missed),
                    rateOver(recorded, engagementRate));
        }
    }

    @WithheldShownAsNull
    record FollowUpOutcome(int months, Long followedUp, Long abstinent, Long reoffended) {

        FollowUpOutcome published() {
            return new FollowUpOutcome(months, shown(followedUp), shown(abstinent), shown(reoffended));
        }
    }

    /**
     * Shop theft per participant per week, averaged over the participants enrolled in the period: in the
     * 12 months before enrolment, during participation (to exit, or to date) and after exit (to date).
     */
    @WithheldShownAsNull
    record Offending(Long participants, Rate before, Rate during, Rate after) {

        Offending published() {
            return new Offending(shown(participants), before.published(), during.published(), after.published());
        }
    }

    @WithheldShownAsNull
    record Rate(Long participants, BigDecimal offencesPerWeek, BigDecimal valueStolenPerWeekGbp) {

        Rate published() {
            return new Rate(shown(participants), rateOver(participants, offencesPerWeek),
                    rateOver(participants, valueStolenPerWeekGbp));
        }
    }
}
