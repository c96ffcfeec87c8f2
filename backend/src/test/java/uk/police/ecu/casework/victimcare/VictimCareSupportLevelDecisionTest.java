package uk.police.ecu.casework.victimcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.ecu.casework.IntegrationTest;

/** Every rule and boundary of {@code processes/victim-care-support-level.dmn}, as deployed. */
@IntegrationTest
class VictimCareSupportLevelDecisionTest {

    @Autowired
    DecisionService decisions;

    @ParameterizedTest(name = "alone {0}, condition {1}, suspect {2}, hardship {3}, low digital {4}, enhanced rights {5} -> {6}")
    @CsvSource({
            // no factor, no rights: standard
            "false, false, false, false, false, false, STANDARD",
            // one factor is still standard, except contact with the suspect
            "true,  false, false, false, false, false, STANDARD",
            "false, true,  false, false, false, false, STANDARD",
            "false, false, false, true,  false, false, STANDARD",
            "false, false, false, false, true,  false, STANDARD",
            "false, false, true,  false, false, false, INTENSIVE",
            // living alone with a health or cognitive condition
            "true,  true,  false, false, false, false, INTENSIVE",
            // two factors otherwise: enhanced
            "false, false, false, true,  true,  false, ENHANCED",
            "true,  false, false, true,  false, false, ENHANCED",
            "false, true,  false, false, true,  false, ENHANCED",
            // three factors: intensive
            "true,  false, false, true,  true,  false, INTENSIVE",
            "false, true,  false, true,  true,  false, INTENSIVE",
            "true,  true,  true,  true,  true,  false, INTENSIVE",
            // enhanced rights lift standard to enhanced, but never lower intensive
            "false, false, false, false, false, true,  ENHANCED",
            "true,  false, false, false, false, true,  ENHANCED",
            "false, false, true,  false, false, true,  INTENSIVE",
            "true,  false, false, true,  true,  true,  INTENSIVE"})
    void shouldGiveTheSupportLevelOfTheFirstRuleThatMatches(boolean livesAlone, boolean condition, boolean suspect,
                                                            boolean hardship, boolean lowDigital, boolean enhancedRights,
                                                            String expected) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("livesAlone", livesAlone);
        inputs.put("healthOrCognitiveCondition", condition);
        inputs.put("stillInContactWithSuspect", suspect);
        inputs.put("significantFinancialHardship", hardship);
        inputs.put("lowDigitalConfidence", lowDigital);
        inputs.put("enhancedRights", enhancedRights);

        String level = decisions.evaluateDecisionTableByKey("victim-care-support-level", inputs)
                .getSingleResult().getEntry("supportLevel");

        assertThat(level).isEqualTo(expected);
    }
}
