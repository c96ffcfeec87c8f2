package uk.police.ecu.casework.recovery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Decision_Eligibility}: evaluates {@code processes/o2r-eligibility.dmn} with the referral's facts,
 * the offence threshold (data) and the date the area took referrals from (pilot or live; data), and records every reason that fails.
 * Called from Java rather than by the task's decisionRef because the facts are dates and a list, which
 * are not process variables.
 */
@Component("eligibilityDecision")
class EligibilityDecision implements JavaDelegate {

    static final String DECISION_KEY = "o2r-eligibility";

    private final DecisionService decisions;
    private final ParticipantRepository participants;
    private final LocalAuthorityRepository areas;
    private final ProgrammeSettingRepository settings;

    EligibilityDecision(DecisionService decisions, ParticipantRepository participants, LocalAuthorityRepository areas,
                        ProgrammeSettingRepository settings) {
        this.decisions = decisions;
        this.participants = participants;
        this.areas = areas;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        Participant participant = participants.find(reference).orElseThrow();
        EligibilityFacts facts = new EligibilityFacts(participant.dateOfBirth(), participant.referralDate(),
                participants.offences(reference).stream().map(Offence::offenceDate).toList(),
                participant.substanceMisuse(),
                areas.find(participant.localAuthority()).map(LocalAuthority::takingReferralsFrom).orElse(null));
        List<String> reasons = reasons(facts, settings.offenceThreshold());
        participants.recordEligibility(reference, reasons);
        execution.setVariable(RecoveryProcess.ELIGIBLE, reasons.isEmpty());
    }

    List<String> reasons(EligibilityFacts facts, int offenceThreshold) {
        return decisions.evaluateDecisionTableByKey(DECISION_KEY, decisionInputs(facts, offenceThreshold))
                .collectEntries("reason");
    }

    static Map<String, Object> decisionInputs(EligibilityFacts facts, int offenceThreshold) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("dateOfBirth", facts.dateOfBirth());
        inputs.put("referralDate", facts.referralDate());
        inputs.put("offenceDates", facts.offenceDates());
        inputs.put("substanceMisuse", facts.substanceMisuse());
        inputs.put("areaLiveFrom", facts.areaLiveFrom());
        inputs.put("offenceThreshold", offenceThreshold);
        return inputs;
    }
}
