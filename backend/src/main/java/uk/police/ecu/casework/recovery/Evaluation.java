package uk.police.ecu.casework.recovery;

import static uk.police.ecu.casework.shared.SmallCounts.rateOver;
import static uk.police.ecu.casework.shared.SmallCounts.shown;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.police.ecu.casework.shared.SmallCounts;
import uk.police.ecu.casework.shared.WithheldShownAsNull;

/**
 * The programme's figures for its independent evaluation: counts and averages only, never a person. As
 * published ({@link #published()}), counts of 1 to 4 people and rates over them are withheld
 * ({@link SmallCounts}); eligible and ineligible are withheld together, as either gives away the other. A
 * withheld figure is sent as null, not left out. A total beside a breakdown with a withheld cell is rounded to the
 * nearest 5 and named in {@code roundedToFive}, since the exact total less the shown cells would give the withheld
 * count away: referrals (by source; and eligible and ineligible with them, as their sum is the decided referrals),
 * early discharges from rehab (by reason) and reviews recorded (attended, partly, missed).
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
                       Offending offending, List<String> roundedToFive) {

        AreaFigures(String area, String name, Long referrals, Map<String, Long> referralsBySource, Long eligible,
                    Long ineligible, Map<String, Long> ineligibilityReasons, Long declinedAtAssessment,
                    Long withdrewConsent, Long inactive, Long enrolments, Long rehabAdmissions, Long rehabCompletions,
                    Long rehabEarlyDischarges, Map<String, Long> earlyDischargeReasons, Map<String, Long> exitsByReason,
                    List<ReviewEngagement> engagementByReview, List<FollowUpOutcome> followUps, Offending offending) {
            this(area, name, referrals, referralsBySource, eligible, ineligible, ineligibilityReasons,
                    declinedAtAssessment, withdrewConsent, inactive, enrolments, rehabAdmissions, rehabCompletions,
                    rehabEarlyDischarges, earlyDischargeReasons, exitsByReason, engagementByReview, followUps,
                    offending, List.of());
        }

        AreaFigures published() {
            boolean eitherWithheld = SmallCounts.withheld(eligible) || SmallCounts.withheld(ineligible);
            boolean roundReferrals = SmallCounts.anyWithheld(referralsBySource) || eitherWithheld;
            boolean roundDischarges = SmallCounts.anyWithheld(earlyDischargeReasons);
            List<String> rounded = new ArrayList<>();
            if (roundReferrals) {
                rounded.addAll(eitherWithheld ? List.of("referrals") : List.of("referrals", "eligible", "ineligible"));
            }
            if (roundDischarges) {
                rounded.add("rehabEarlyDischarges");
            }
            engagementByReview.stream().filter(ReviewEngagement::recordedRounded)
                    .forEach(r -> rounded.add("engagementByReview." + r.reviewNumber() + ".recorded"));
            return new AreaFigures(area, name, totalShown(referrals, roundReferrals), shown(referralsBySource),
                    eitherWithheld ? null : totalShown(eligible, roundReferrals),
                    eitherWithheld ? null : totalShown(ineligible, roundReferrals), shown(ineligibilityReasons),
                    shown(declinedAtAssessment), shown(withdrewConsent), shown(inactive), shown(enrolments),
                    shown(rehabAdmissions), shown(rehabCompletions), totalShown(rehabEarlyDischarges, roundDischarges),
                    shown(earlyDischargeReasons), shown(exitsByReason),
                    engagementByReview.stream().map(ReviewEngagement::published).toList(),
                    followUps.stream().map(FollowUpOutcome::published).toList(), offending.published(),
                    List.copyOf(rounded));
        }
    }

    /** A total rounded to the nearest 5 when a cell of its breakdown is withheld; otherwise as any count. */
    static Long totalShown(long total, boolean round) {
        return round && !SmallCounts.withheld(total) ? SmallCounts.roundedToFive(total) : shown(total);
    }

    /** Engagement at the n-th review: rate = (attended + partly) / recorded. */
    @WithheldShownAsNull
    record ReviewEngagement(int reviewNumber, Long recorded, Long attended, Long partly, Long missed,
                            BigDecimal engagementRate) {

        /** Reviews recorded are attended, partly and missed together: rounded when one of them is withheld. */
        /** The rate is withheld with a rounded total: the shown parts over the rate would give the total back. */
        ReviewEngagement published() {
            boolean round = recordedRounded();
            return new ReviewEngagement(reviewNumber, totalShown(recorded, round), shown(attended),
                    shown(partly), shown(missed), round ? null : rateOver(recorded, engagementRate));
        }

        boolean recordedRounded() {
            return SmallCounts.withheld(attended) || SmallCounts.withheld(partly) || SmallCounts.withheld(missed);
        }
    }

    @WithheldShownAsNull
    /** {@code notTraced}: people who could not be found, counted apart from those followed up. */
    record FollowUpOutcome(int months, Long followedUp, Long abstinent, Long reoffended, Long notTraced) {

        FollowUpOutcome published() {
            return new FollowUpOutcome(months, shown(followedUp), shown(abstinent), shown(reoffended), shown(notTraced));
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
