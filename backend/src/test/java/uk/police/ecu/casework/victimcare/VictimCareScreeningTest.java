package uk.police.ecu.casework.victimcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.IntegrationTest;

/** The screening uses the NDM threshold the unit has set, not one fixed in code or in the model. */
@IntegrationTest
class VictimCareScreeningTest {

    private static final LocalDate REPORTED = LocalDate.of(2026, 11, 2);
    private static final LocalDate BORN = LocalDate.of(1990, 1, 1);

    @Autowired
    VictimCareScreening screening;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldReferAtTheSeededThresholdOfSevenAndScreenOutBelowIt() {
        assertThat(screening.screen(new ScreeningFacts("NFIB3A", BORN, REPORTED, 7, false)).reasons())
                .containsExactly("NDM_SCORE_AT_OR_ABOVE_THRESHOLD");
        assertThat(screening.screen(new ScreeningFacts("NFIB3A", BORN, REPORTED, 6, false)).referred()).isFalse();
    }

    @Test
    void shouldSayWhichVersionOfTheDecisionAndWhichThresholdScreenedTheVictim() {
        ScreeningOutcome outcome = screening.screen(new ScreeningFacts("NFIB1D", BORN, REPORTED, 2, false));

        assertThat(outcome.reasons()).containsExactly("ROMANCE_FRAUD");
        assertThat(outcome.decision()).matches("victim-care-screening:\\d+");
        assertThat(outcome.ndmThreshold()).isEqualTo(7);
    }

    @Test
    void shouldScreenAVictimWhoseCodeIsNotOnTheListOnTheOtherGrounds() {
        assertThat(screening.screen(new ScreeningFacts("NFIB4Z", REPORTED.minusYears(80), REPORTED, null, false))
                .reasons()).containsExactly("AGED_70_OR_OVER");
        assertThat(screening.screen(new ScreeningFacts("NFIB4Z", BORN, REPORTED, 3, false)).referred()).isFalse();
    }

    @Test
    void shouldApplyAChangedThresholdToTheNextScreening() {
        setThreshold(5);
        try {
            assertThat(screening.screen(new ScreeningFacts("NFIB3A", BORN, REPORTED, 5, false)).referred()).isTrue();
            assertThat(screening.screen(new ScreeningFacts("NFIB3A", BORN, REPORTED, 4, false)).referred()).isFalse();
        } finally {
            setThreshold(7);
        }
    }

    private void setThreshold(int value) {
        jdbc.sql("UPDATE victim_care_setting SET value = :value WHERE name = 'ndm_referral_threshold'")
                .param("value", value).update();
    }
}
