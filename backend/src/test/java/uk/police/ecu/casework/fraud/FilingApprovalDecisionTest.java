package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.ecu.casework.IntegrationTest;

/**
 * Every rule and boundary of {@code processes/filing-approval.dmn}, as deployed, with the thresholds it is given
 * (here £10,000, age 70, NDM 7): each threshold at, just below and just above, and each fact never recorded.
 */
@IntegrationTest
class FilingApprovalDecisionTest {

    @Autowired
    DecisionService decisions;

    @ParameterizedTest(name = "{4}: loss {0}, age {1}, NDM {2} -> approval required {5}")
    @CsvSource(nullValues = "null", value = {
            "9999.99, 69,   6,    INDIVIDUAL,   false, Below every threshold",
            "10000,   30,   1,    INDIVIDUAL,   true,  'Loss of £10000 or more'",
            "10000.01, 30,  1,    INDIVIDUAL,   true,  'Loss of £10000 or more'",
            "250000,  null, null, INDIVIDUAL,   true,  'Loss of £10000 or more'",
            "50,      70,   1,    INDIVIDUAL,   true,  Victim aged 70 or over",
            "50,      71,   1,    INDIVIDUAL,   true,  Victim aged 70 or over",
            "50,      69,   7,    INDIVIDUAL,   true,  NDM vulnerability score of 7 or more",
            "50,      69,   8,    INDIVIDUAL,   true,  NDM vulnerability score of 7 or more",
            "20000,   80,   9,    INDIVIDUAL,   true,  'Loss of £10000 or more'",
            "null,    40,   2,    INDIVIDUAL,   true,  Loss not recorded",
            "null,    null, null, ORGANISATION, true,  Loss not recorded",
            "50,      null, 6,    INDIVIDUAL,   true,  Victim's age not recorded",
            "50,      40,   null, INDIVIDUAL,   true,  Vulnerability (NDM score) not recorded",
            "null,    null, null, INDIVIDUAL,   true,  Loss not recorded",
            "50,      null, null, ORGANISATION, false, Below every threshold",
            "9999,    null, 6,    ORGANISATION, false, Below every threshold"})
    void shouldRequireApprovalAtOrAboveAThreshold_orWhenAFactWasNeverRecorded(Double loss, Integer age, Integer ndm,
                                                                              String victimType, boolean required,
                                                                              String reason) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("lossGbp", loss);
        inputs.put("victimAge", age);
        inputs.put("ndmScore", ndm);
        inputs.put("victimType", victimType);
        inputs.put("lossThresholdGbp", 10000);
        inputs.put("victimAgeThreshold", 70);
        inputs.put("ndmScoreThreshold", 7);
        inputs.putAll(firstReport());

        DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey("filing-approval", inputs)
                .getSingleResult();

        assertThat((Boolean) result.getEntry("approvalRequired")).isEqualTo(required);
        assertThat((String) result.getEntry("reason")).isEqualTo(reason);
    }

    @ParameterizedTest(name = "loss {0} against a threshold of {1} -> approval required {2}")
    @CsvSource({"4999, 5000, false", "5000, 5000, true", "5001, 5000, true", "9999, 20000, false"})
    void shouldWeighTheThresholdItIsGiven(double loss, int threshold, boolean required) {
        Map<String, Object> inputs = new HashMap<>(Map.of("lossGbp", loss, "victimAge", 40, "ndmScore", 2,
                "victimType", "INDIVIDUAL", "lossThresholdGbp", threshold, "victimAgeThreshold", 70,
                "ndmScoreThreshold", 7));
        inputs.putAll(firstReport());

        assertThat((Boolean) decisions.evaluateDecisionTableByKey("filing-approval", inputs).getSingleResult()
                .getEntry("approvalRequired")).isEqualTo(required);
    }

    @ParameterizedTest(name = "{0} reports by the victim, threshold {1} in {2} months -> approval required {3}")
    @CsvSource(nullValues = "null", value = {
            "1,    2, 12, false, Below every threshold",
            "2,    2, 12, true,  'Repeat victim: 2 reports in 12 months'",
            "3,    2, 12, true,  'Repeat victim: 3 reports in 12 months'",
            "2,    3, 6,  false, Below every threshold",
            "3,    3, 6,  true,  'Repeat victim: 3 reports in 6 months'"})
    void shouldRequireApprovalForARepeatVictim(Integer reports, int threshold, int months, boolean required,
                                               String reason) {
        Map<String, Object> inputs = new HashMap<>(Map.of("lossGbp", 50.0, "victimAge", 40, "ndmScore", 2,
                "victimType", "INDIVIDUAL", "lossThresholdGbp", 10000, "victimAgeThreshold", 70,
                "ndmScoreThreshold", 7, "repeatVictimReportsThreshold", threshold, "repeatVictimMonths", months));
        inputs.put("victimReports", reports);

        DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey("filing-approval", inputs)
                .getSingleResult();

        assertThat((Boolean) result.getEntry("approvalRequired")).isEqualTo(required);
        assertThat((String) result.getEntry("reason")).isEqualTo(reason);
    }

    @Test
    void shouldLetAnUnknownRepeatCountFallToTheOtherRules_whoseMissingFactsStillNeedApproval() {
        Map<String, Object> inputs = new HashMap<>(Map.of("lossGbp", 50.0, "ndmScore", 2,
                "victimType", "INDIVIDUAL", "lossThresholdGbp", 10000, "victimAgeThreshold", 70,
                "ndmScoreThreshold", 7, "repeatVictimReportsThreshold", 2, "repeatVictimMonths", 12));
        inputs.put("victimAge", null);
        inputs.put("victimReports", null);

        DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey("filing-approval", inputs)
                .getSingleResult();

        assertThat((Boolean) result.getEntry("approvalRequired")).isTrue();
        assertThat((String) result.getEntry("reason")).isEqualTo("Victim's age not recorded");
    }

    /** The victim's only report, against the default repeat-victim settings. */
    private static Map<String, Object> firstReport() {
        return Map.of("victimReports", 1, "repeatVictimReportsThreshold", 2, "repeatVictimMonths", 12);
    }
}
