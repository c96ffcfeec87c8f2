package uk.police.ecu.casework.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.ecu.casework.IntegrationTest;

/** Every rule and boundary of {@code processes/o2r-eligibility.dmn}, as deployed. */
@IntegrationTest
class O2rEligibilityDecisionTest {

    private static final LocalDate REFERRED = LocalDate.of(2026, 6, 15);
    private static final LocalDate LIVE = LocalDate.of(2024, 4, 1);
    private static final LocalDate ADULT = LocalDate.of(1990, 1, 1);
    private static final int THRESHOLD = 3;

    @Autowired
    EligibilityDecision eligibility;

    @Test
    void shouldFindAnAdultProlificOffenderWithSubstanceMisuseInALiveAreaEligible() {
        assertThat(reasons(ADULT, offencesBefore(3), "DRUGS", LIVE, THRESHOLD)).isEmpty();
    }

    @Test
    void shouldRecordEveryReasonThatFails() {
        assertThat(reasons(LocalDate.of(2010, 1, 1), offencesBefore(1), "NONE", null, THRESHOLD))
                .containsExactly("UNDER_18", "TOO_FEW_SHOP_THEFT_OFFENCES", "NO_SUBSTANCE_MISUSE_INDICATED", "AREA_NOT_LIVE");
    }

    @ParameterizedTest(name = "born {0} -> {1}")
    @CsvSource(value = {
            "2008-06-15, ''",
            "2008-06-16, UNDER_18",
            "2008-06-14, ''"})
    void shouldBeEligibleFromTheEighteenthBirthdayOnTheReferralDate(LocalDate born, String expected) {
        assertThat(reasons(born, offencesBefore(3), "ALCOHOL", LIVE, THRESHOLD)).isEqualTo(split(expected));
    }

    @ParameterizedTest(name = "{0} offences with threshold {1} -> {2}")
    @CsvSource(value = {
            "2, 3, TOO_FEW_SHOP_THEFT_OFFENCES",
            "3, 3, ''",
            "4, 3, ''",
            "4, 5, TOO_FEW_SHOP_THEFT_OFFENCES",
            "5, 5, ''",
            "0, 1, TOO_FEW_SHOP_THEFT_OFFENCES"})
    void shouldTakeTheOffenceThresholdAsData(int offences, int threshold, String expected) {
        assertThat(reasons(ADULT, offencesBefore(offences), "BOTH", LIVE, threshold)).isEqualTo(split(expected));
    }

    @ParameterizedTest(name = "third offence on {0} -> {1}")
    @CsvSource(value = {
            "2025-06-15, ''",
            "2025-06-14, TOO_FEW_SHOP_THEFT_OFFENCES",
            "2026-06-15, ''",
            "2026-06-16, TOO_FEW_SHOP_THEFT_OFFENCES"})
    void shouldCountAnOffenceExactlyTwelveMonthsBeforeTheReferralButNotOneEarlierOrAfterIt(LocalDate third,
                                                                                          String expected) {
        List<LocalDate> offences = new ArrayList<>(offencesBefore(2));
        offences.add(third);
        assertThat(reasons(ADULT, offences, "DRUGS", LIVE, THRESHOLD)).isEqualTo(split(expected));
    }

    @ParameterizedTest(name = "area live from {0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "2026-06-15, ''",
            "2026-06-14, ''",
            "2026-06-16, AREA_NOT_LIVE",
            "null, AREA_NOT_LIVE"})
    void shouldNeedTheAreaLiveOnTheReferralDate(LocalDate liveFrom, String expected) {
        assertThat(reasons(ADULT, offencesBefore(3), "DRUGS", liveFrom, THRESHOLD)).isEqualTo(split(expected));
    }

    @ParameterizedTest(name = "substance misuse {0} -> {1}")
    @CsvSource(value = {"NONE, NO_SUBSTANCE_MISUSE_INDICATED", "DRUGS, ''", "ALCOHOL, ''", "BOTH, ''"})
    void shouldNeedSubstanceMisuseIndicated(String misuse, String expected) {
        assertThat(reasons(ADULT, offencesBefore(3), misuse, LIVE, THRESHOLD)).isEqualTo(split(expected));
    }

    private List<String> reasons(LocalDate born, List<LocalDate> offences, String misuse, LocalDate liveFrom,
                                 int threshold) {
        return eligibility.reasons(new EligibilityFacts(born, REFERRED, offences, misuse, liveFrom), threshold);
    }

    /** Offences well inside the 12 months before the referral. */
    private static List<LocalDate> offencesBefore(int count) {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dates.add(REFERRED.minusDays(10L + i * 20L));
        }
        return dates;
    }

    private static List<String> split(String reasons) {
        return reasons.isEmpty() ? List.of() : List.of(reasons.split(";"));
    }
}
