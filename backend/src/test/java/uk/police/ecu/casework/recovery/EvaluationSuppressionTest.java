package uk.police.ecu.casework.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Small-number suppression on a synthetic cohort with known answers: counts of 1 to 4 people withheld, and a
 * total whose breakdown has a withheld cell rounded to the nearest 5 so that it cannot give that cell away.
 */
class EvaluationSuppressionTest {

    private static final Evaluation.Rate NO_RATE = new Evaluation.Rate(0L, null, null);

    @Test
    void shouldRoundReferralsAndTheEligibleSplitWhenASourceIsWithheld() {
        // 13 referrals: 6 by officers, 5 from custody, 2 from retailers (withheld); 8 eligible, 5 not.
        Evaluation.AreaFigures published = area(13, sources(6, 5, 2), 8, 5, Map.of("SELF_DISCHARGED", 5L), 5,
                new Evaluation.ReviewEngagement(1, 10L, 5L, 5L, 0L, BigDecimal.ONE)).published();

        assertThat(published.referralsBySource()).containsEntry("OFFICER", 6L).containsEntry("CUSTODY_ARREST_REFERRAL", 5L)
                .containsEntry("RETAILER_INTELLIGENCE", null);
        assertThat(published.referrals()).as("13 less 6 and 5 would give away the 2").isEqualTo(15);
        assertThat(published.eligible()).as("8 + 5 is the 13 referrals").isEqualTo(10);
        assertThat(published.ineligible()).isEqualTo(5);
        assertThat(published.rehabEarlyDischarges()).as("no reason withheld").isEqualTo(5);
        assertThat(published.engagementByReview().get(0).recorded()).isEqualTo(10);
        assertThat(published.roundedToFive()).containsExactly("referrals", "eligible", "ineligible");
    }

    @Test
    void shouldShowExactTotalsWhenNothingIsWithheld() {
        Evaluation.AreaFigures published = area(12, sources(7, 5, 0), 7, 5, Map.of(), 0,
                new Evaluation.ReviewEngagement(1, 6L, 6L, 0L, 0L, BigDecimal.ONE)).published();

        assertThat(published.referrals()).isEqualTo(12);
        assertThat(published.eligible()).isEqualTo(7);
        assertThat(published.referralsBySource()).containsEntry("RETAILER_INTELLIGENCE", 0L);
        assertThat(published.roundedToFive()).isEmpty();
    }

    @Test
    void shouldRoundEarlyDischargesAndReviewsRecordedWhenOneOfTheirPartsIsWithheld() {
        // 7 early discharges: 5 self-discharged, 2 asked to leave (withheld); review 2: 6 attended, 1 missed.
        Evaluation.AreaFigures published = area(12, sources(7, 5, 0), 7, 5,
                Map.of("SELF_DISCHARGED", 5L, "ASKED_TO_LEAVE", 2L), 7,
                new Evaluation.ReviewEngagement(2, 7L, 6L, 0L, 1L, new BigDecimal("0.857"))).published();

        assertThat(published.earlyDischargeReasons()).containsEntry("ASKED_TO_LEAVE", null);
        assertThat(published.rehabEarlyDischarges()).isEqualTo(5);
        Evaluation.ReviewEngagement review = published.engagementByReview().get(0);
        assertThat(review.missed()).isNull();
        assertThat(review.recorded()).isEqualTo(5);
        assertThat(review.engagementRate()).as("6 attended of exactly 7 would give the total away").isNull();
        assertThat(published.roundedToFive()).containsExactly("rehabEarlyDischarges", "engagementByReview.2.recorded");
    }

    @Test
    void shouldWithholdBothSidesOfTheEligibleSplitAndRoundReferralsWhenEitherIsSmall() {
        Evaluation.AreaFigures published = area(9, sources(9, 0, 0), 6, 3, Map.of(), 0,
                new Evaluation.ReviewEngagement(1, 0L, 0L, 0L, 0L, null)).published();

        assertThat(published.eligible()).isNull();
        assertThat(published.ineligible()).isNull();
        assertThat(published.referrals()).as("9 rounds to 10").isEqualTo(10);
        assertThat(published.roundedToFive()).containsExactly("referrals");
    }

    private static Map<String, Long> sources(long officer, long custody, long retailer) {
        Map<String, Long> sources = new LinkedHashMap<>();
        sources.put("OFFICER", officer);
        sources.put("CUSTODY_ARREST_REFERRAL", custody);
        sources.put("RETAILER_INTELLIGENCE", retailer);
        return sources;
    }

    private static Evaluation.AreaFigures area(long referrals, Map<String, Long> bySource, long eligible, long ineligible,
                                               Map<String, Long> dischargeReasons, long earlyDischarges,
                                               Evaluation.ReviewEngagement review) {
        return new Evaluation.AreaFigures("testshire", "Testshire", referrals, bySource, eligible, ineligible, Map.of(),
                0L, 0L, 0L, 5L, 5L, 0L, earlyDischarges, dischargeReasons, Map.of(), List.of(review), List.of(),
                new Evaluation.Offending(0L, NO_RATE, NO_RATE, NO_RATE));
    }

    @Test
    void shouldRoundToTheNearestFive() {
        assertThat(List.of(5L, 6L, 7L, 8L, 12L, 13L).stream().map(uk.police.ecu.casework.shared.SmallCounts::roundedToFive))
                .containsExactly(5L, 5L, 5L, 10L, 10L, 15L);
    }
}
