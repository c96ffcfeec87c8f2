package uk.police.ecu.casework.victimcare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.reference.PerTransaction;

/**
 * Screens a victim with {@code processes/victim-care-screening.dmn}, the latest deployed version. The NDM
 * threshold is read from {@code victim_care_setting} once per transaction, so a change applies to the next
 * list (the next import batch) without a release.
 *
 * <p>The decision is evaluated in memory, without the engine's decision history: the listing it is stored
 * with is the record of the decision (its inputs, the decision's version, the threshold in force and the
 * reasons), kept and erased with the listing. The engine's history of it cost a decision instance and a
 * row per input and output for every listed victim, about as much as the rest of the import, and held the
 * victim's date of birth a second time, outside the listing's retention.
 */
@Component
public class VictimCareScreening {

    static final String DECISION_KEY = "victim-care-screening";

    private final RepositoryService repository;
    private final VictimCareSettingRepository settings;
    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

    VictimCareScreening(RepositoryService repository, VictimCareSettingRepository settings) {
        this.repository = repository;
        this.settings = settings;
    }

    public ScreeningOutcome screen(ScreeningFacts facts) {
        DecisionDefinition definition = PerTransaction.get(DECISION_KEY, () -> repository
                .createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY).latestVersion().singleResult());
        int threshold = PerTransaction.get("ndmReferralThreshold", settings::ndmReferralThreshold);
        List<String> reasons = dmn.evaluateDecisionTable(parsed.computeIfAbsent(definition.getId(), this::parse),
                decisionInputs(facts, threshold)).collectEntries("reason");
        return new ScreeningOutcome(reasons, DECISION_KEY + ":" + definition.getVersion(), threshold);
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

    private DmnDecision parse(String decisionDefinitionId) {
        try (InputStream model = repository.getDecisionModel(decisionDefinitionId)) {
            return dmn.parseDecision(DECISION_KEY, model);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the screening decision " + decisionDefinitionId, e);
        }
    }
}
