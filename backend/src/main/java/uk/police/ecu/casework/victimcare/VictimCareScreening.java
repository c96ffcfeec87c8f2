package uk.police.ecu.casework.victimcare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Screens a victim with {@code processes/victim-care-screening.dmn}. The NDM threshold is read from
 * {@code victim_care_setting} on each call, so a change applies to the next list without a release.
 */
@Component
public class VictimCareScreening {

    static final String DECISION_KEY = "victim-care-screening";

    private final DecisionService decisions;
    private final JdbcClient jdbc;

    VictimCareScreening(DecisionService decisions, JdbcClient jdbc) {
        this.decisions = decisions;
        this.jdbc = jdbc;
    }

    public ScreeningOutcome screen(ScreeningFacts facts) {
        List<String> reasons = decisions
                .evaluateDecisionTableByKey(DECISION_KEY, decisionInputs(facts, ndmThreshold()))
                .collectEntries("reason");
        return new ScreeningOutcome(reasons);
    }

    static Map<String, Object> decisionInputs(ScreeningFacts facts, int ndmThreshold) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("nfibCode", facts.nfibCode());
        inputs.put("victimDateOfBirth", facts.victimDateOfBirth());
        inputs.put("reportedDate", facts.reportedDate());
        inputs.put("ndmScore", facts.ndmScore());
        inputs.put("repeatVictim", facts.repeatVictim());
        inputs.put("ndmThreshold", ndmThreshold);
        return inputs;
    }

    private int ndmThreshold() {
        return jdbc.sql("SELECT value FROM victim_care_setting WHERE name = 'ndm_referral_threshold'")
                .query(Integer.class).single();
    }
}
