package uk.police.ecu.casework.fraud;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.retention.Erasure;
import uk.police.ecu.casework.retention.ErasureStamp;
import uk.police.ecu.casework.retention.RetainedRecord;
import uk.police.ecu.casework.retention.RetainedRecords;
import uk.police.ecu.casework.shared.ConflictException;
import uk.police.ecu.casework.shared.NotFoundException;
import uk.police.ecu.casework.tasks.TaskCommentErasure;

/**
 * Fraud cases under the retention schedule: due from the outcome date of the finalised crime. Erasure
 * removes the victim's and suspect's details and every free-text note, in the domain tables and in
 * the engine's history; the reference, codes, dates, loss and outcome stay for statistics and returns.
 */
@Component
class FraudCaseRetention implements RetainedRecords {

    static final String ERASED = "[erased]";
    /** Process variables that carry personal data: the victim's age and a supervisor's free-text comment. */
    private static final String[] PERSONAL_VARIABLES = {FraudProcessVariables.VICTIM_AGE, "filingReturnComment"};
    private static final List<String> ERASED_FIELDS = List.of("victimName", "victimDateOfBirth", "victimEmail",
            "victimPhone", "victimPostcode", "summary", "suspectDetails", "filingRationale", "linesOfEnquiry",
            "investigationPlanActions", "caseEventDetails", "victimUpdateNotes", "enhancedRightsReason",
            "communicationNeeds", "needsAssessments");

    private final CasePersonalDataRepository personalData;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final TaskCommentErasure comments;

    FraudCaseRetention(CasePersonalDataRepository personalData, RuntimeService runtime, HistoryService history,
                       TaskCommentErasure comments) {
        this.personalData = personalData;
        this.runtime = runtime;
        this.history = history;
        this.comments = comments;
    }

    @Override
    public String recordType() {
        return "crime";
    }

    @Override
    public List<RetainedRecord> heldSince(LocalDate startedOnOrBefore, int limit) {
        return personalData.finalisedOnOrBefore(startedOnOrBefore, limit).stream()
                .map(held -> new RetainedRecord(held.crimeReference(), held.outcomeDate(),
                        held.nfibCode() + ", finalised with Home Office outcome " + held.homeOfficeOutcome()))
                .toList();
    }

    @Override
    public Optional<LocalDate> retainedFrom(String recordId) {
        return personalData.outcomeDate(recordId.trim().toUpperCase());
    }

    @Override
    public Erasure erase(String recordId, ErasureStamp stamp) {
        String reference = recordId.trim().toUpperCase();
        // Locked, so two administrators erasing at once leave one erasure and one audit row.
        CasePersonalDataRepository.Erased state = personalData.lockForErasure(reference)
                .orElseThrow(() -> new NotFoundException("There is no case " + reference));
        if (state.erasedAt() != null) {
            return Erasure.earlier(state.erasedAt(), state.erasedBy());
        }
        if (runtime.createProcessInstanceQuery().processDefinitionKey(FraudTriageService.PROCESS_KEY)
                .processInstanceBusinessKey(reference).count() > 0) {
            throw new ConflictException("Case " + reference
                    + " still has work open (a task or a victim update). Erase it once its process has ended.");
        }
        personalData.erase(reference, ERASED, stamp.at(), stamp.by());
        List<String> erased = new ArrayList<>(ERASED_FIELDS);
        erased.addAll(eraseEngineHistory(reference));
        return Erasure.done(stamp, erased);
    }

    /**
     * The engine keeps variable values, the filing-approval decision's inputs (the victim's age) and the
     * comments written on the case's tasks in its history; those entries are deleted. What happened when, and
     * by whom, stays.
     */
    private List<String> eraseEngineHistory(String reference) {
        String[] instances = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(FraudTriageService.PROCESS_KEY).processInstanceBusinessKey(reference).list()
                .stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
        if (instances.length == 0) {
            return List.of();
        }
        List<String> erased = new ArrayList<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instances).variableNameIn(PERSONAL_VARIABLES).list()) {
            history.deleteHistoricVariableInstance(variable.getId());
            erased.add("engine variable " + variable.getName());
        }
        for (String instance : instances) {
            for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery()
                    .processInstanceId(instance).list()) {
                history.deleteHistoricDecisionInstanceByInstanceId(decision.getId());
                erased.add("engine decision " + decision.getDecisionDefinitionKey());
            }
        }
        int deletedComments = comments.eraseOnProcessInstances(List.of(instances));
        if (deletedComments > 0) {
            erased.add(deletedComments + " task comment" + (deletedComments == 1 ? "" : "s"));
        }
        return erased;
    }
}
