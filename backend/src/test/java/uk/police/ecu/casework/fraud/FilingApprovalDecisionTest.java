package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.ecu.casework.IntegrationTest;

/** Every rule and boundary of {@code processes/filing-approval.dmn}, as deployed. */
@IntegrationTest
class FilingApprovalDecisionTest {

    @Autowired
    DecisionService decisions;

    @ParameterizedTest(name = "loss {0}, age {1}, NDM {2} -> approval required {3}")
    @CsvSource(nullValues = "null", value = {
            "9999.99, 69,   6,    false, Below every threshold",
            "10000,   30,   1,    true,  'Loss of £10,000 or more'",
            "250000,  null, null, true,  'Loss of £10,000 or more'",
            "50,      70,   1,    true,  Victim aged 70 or over",
            "50,      69,   7,    true,  NDM vulnerability score of 7 or more",
            "50,      null, 6,    false, Below every threshold",
            "null,    null, null, false, Below every threshold",
            "20000,   80,   9,    true,  'Loss of £10,000 or more'"})
    void shouldRequireApprovalOnlyAtOrAboveAThreshold(Double loss, Integer age, Integer ndm, boolean required,
                                                       String reason) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("lossGbp", loss);
        inputs.put("victimAge", age);
        inputs.put("ndmScore", ndm);

        DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey("filing-approval", inputs)
                .getSingleResult();

        assertThat((Boolean) result.getEntry("approvalRequired")).isEqualTo(required);
        assertThat((String) result.getEntry("reason")).isEqualTo(reason);
    }
}
