package uk.police.ecu.casework.victimcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.ecu.casework.IntegrationTest;

/** Every rule and boundary of {@code processes/victim-care-screening.dmn}, as deployed. */
@IntegrationTest
class VictimCareScreeningDecisionTest {

    private static final int DEFAULT_NDM_THRESHOLD = 7;

    @Autowired
    DecisionService decisions;

    @ParameterizedTest(name = "{0}, born {1}, reported {2}, NDM {3}, repeat {4} -> {5}")
    @CsvSource(nullValues = "null", value = {
            "NFIB3A, 1980-05-01, 2026-11-02, 6,    false, ''",
            "NFIB1D, 1980-05-01, 2026-11-02, 1,    false, ROMANCE_FRAUD",
            "NFIB3A, 1956-11-02, 2026-11-02, null, false, AGED_70_OR_OVER",
            "NFIB3A, 1956-11-03, 2026-11-02, null, false, ''",
            "NFIB3A, null,       2026-11-02, null, false, ''",
            "NFIB3A, 1990-01-01, 2026-11-02, 7,    false, NDM_SCORE_AT_OR_ABOVE_THRESHOLD",
            "NFIB3A, 1990-01-01, 2026-11-02, 10,   false, NDM_SCORE_AT_OR_ABOVE_THRESHOLD",
            "NFIB3A, 1990-01-01, 2026-11-02, 1,    true,  REPEAT_VICTIM",
            "NFIB1D, 1950-01-01, 2026-11-02, 9,    true,  ROMANCE_FRAUD;AGED_70_OR_OVER;NDM_SCORE_AT_OR_ABOVE_THRESHOLD;REPEAT_VICTIM",
            // a code not on the reference list is no particular fraud type: screened on the other grounds
            "NFIB4Z, 1950-01-01, 2026-11-02, 2,    false, AGED_70_OR_OVER",
            "NFIB4Z, 1990-01-01, 2026-11-02, 2,    false, ''",
            "NFIB4Z, 1990-01-01, 2026-11-02, 8,    false, NDM_SCORE_AT_OR_ABOVE_THRESHOLD",
            "NFIB4Z, 1990-01-01, 2026-11-02, 1,    true,  REPEAT_VICTIM"})
    void shouldReferForEveryReasonThatApplies(String nfib, LocalDate born, LocalDate reported, Integer ndm,
                                              boolean repeat, String expectedReasons) {
        assertThat(reasons(nfib, born, reported, ndm, repeat, DEFAULT_NDM_THRESHOLD))
                .containsExactlyElementsOf(split(expectedReasons));
    }

    @ParameterizedTest(name = "born 29 February 1956, reported {0} -> {1}")
    @CsvSource(value = {
            "2026-02-28, ''",
            "2026-03-01, AGED_70_OR_OVER"})
    void shouldTurnSeventyOnTheFirstOfMarchWhenBornOnTheTwentyNinthOfFebruary(LocalDate reported,
                                                                              String expectedReasons) {
        assertThat(reasons("NFIB3A", LocalDate.of(1956, 2, 29), reported, null, false, DEFAULT_NDM_THRESHOLD))
                .containsExactlyElementsOf(split(expectedReasons));
    }

    @ParameterizedTest(name = "NDM {0} with threshold {1} -> {2}")
    @CsvSource(value = {
            "6, 7, ''",
            "7, 7, NDM_SCORE_AT_OR_ABOVE_THRESHOLD",
            "4, 5, ''",
            "5, 5, NDM_SCORE_AT_OR_ABOVE_THRESHOLD"})
    void shouldTakeTheNdmThresholdAsDataNotFromTheModel(int ndm, int threshold, String expectedReasons) {
        assertThat(reasons("NFIB3A", LocalDate.of(1990, 1, 1), LocalDate.of(2026, 11, 2), ndm, false, threshold))
                .containsExactlyElementsOf(split(expectedReasons));
    }

    private List<String> reasons(String nfib, LocalDate born, LocalDate reported, Integer ndm, boolean repeat,
                                 int threshold) {
        ScreeningFacts facts = new ScreeningFacts(nfib, born, reported, ndm, repeat);
        return decisions.evaluateDecisionTableByKey(VictimCareScreening.DECISION_KEY,
                        VictimCareScreening.decisionInputs(facts, threshold))
                .collectEntries("reason");
    }

    private static List<String> split(String reasons) {
        return reasons.isEmpty() ? List.of() : List.of(reasons.split(";"));
    }
}
