package uk.police.ecu.casework.fraud;

import static uk.police.ecu.casework.fraud.FraudProcessVariables.ALLOCATED_OFFICER;
import static uk.police.ecu.casework.fraud.FraudProcessVariables.ALLOCATED_TEAM;
import static uk.police.ecu.casework.fraud.FraudProcessVariables.AMENDMENT_ID;
import static uk.police.ecu.casework.fraud.FraudProcessVariables.CASE_EVENT_AT;
import static uk.police.ecu.casework.fraud.FraudProcessVariables.VICTIMS_CODE_VERSION;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * An event on a filed or finalised crime, whose triage has ended (or waits only to tell the victim it was
 * filed): a small {@code filed-case-event} process tells the victim of it where the Victims' Code asks, and
 * puts an event that needs action before a supervisor, who may reopen the case. An NFIB amendment to such a
 * crime is an event that needs action too: it goes to the same review, with no victim update of its own.
 */
@Component
class ClosedCaseEvents {

    static final String PROCESS_KEY = "filed-case-event";
    static final String CASE_EVENT_ID = "caseEventId";
    static final String CASE_EVENT_TYPE = "caseEventType";
    static final String VICTIM_TO_BE_TOLD = "victimToBeTold";
    static final String REVIEW_NEEDED = "reviewNeeded";
    /** The {@link #CASE_EVENT_TYPE} of an NFIB amendment, which is not a logged event. */
    static final String AMENDED_DISSEMINATION = "AMENDED_DISSEMINATION";
    /** Who made the decision that closed the case at triage: they may not review it (four eyes). */
    static final String FILED_BY = "filedBy";

    /** Right 6 events: the victim is told of each. New information is for the supervisor only. */
    private static final Set<FraudCaseService.EventType> VICTIM_TOLD = Set.of(
            FraudCaseService.EventType.ARREST, FraudCaseService.EventType.INTERVIEW_UNDER_CAUTION,
            FraudCaseService.EventType.RELEASE, FraudCaseService.EventType.BAIL_CHANGE,
            FraudCaseService.EventType.CHARGE, FraudCaseService.EventType.OUT_OF_COURT_DISPOSAL);
    /** Events that may mean the case should be worked again. */
    private static final Set<FraudCaseService.EventType> NEEDS_REVIEW = Set.of(
            FraudCaseService.EventType.ARREST, FraudCaseService.EventType.CHARGE,
            FraudCaseService.EventType.NEW_INFORMATION);

    private final RuntimeService runtime;
    private final HistoryService history;
    private final VictimUpdateDeadlines deadlines;

    ClosedCaseEvents(RuntimeService runtime, HistoryService history, VictimUpdateDeadlines deadlines) {
        this.runtime = runtime;
        this.history = history;
        this.deadlines = deadlines;
    }

    static boolean needsReview(FraudCaseService.EventType type) {
        return NEEDS_REVIEW.contains(type);
    }

    void raise(Crime crime, long eventId, FraudCaseService.EventType type, ZonedDateTime happened) {
        Map<String, Object> variables = common(crime);
        variables.put(CASE_EVENT_ID, eventId);
        variables.put(CASE_EVENT_TYPE, type.name());
        variables.put(CASE_EVENT_AT, Date.from(happened.toInstant()));
        variables.put(VICTIM_TO_BE_TOLD, VICTIM_TOLD.contains(type));
        variables.put(REVIEW_NEEDED, NEEDS_REVIEW.contains(type));
        runtime.startProcessInstanceByKey(PROCESS_KEY, crime.crimeReference(), variables);
    }

    /**
     * NFIB amended a closed crime: a supervisor reviews what changed and keeps it closed or reopens it. The victim
     * is not told: an amendment is NFIB correcting its record, not a Right 6 event.
     */
    void raiseAmendment(Crime crime, long amendmentId) {
        Map<String, Object> variables = common(crime);
        variables.put(AMENDMENT_ID, amendmentId);
        variables.put(CASE_EVENT_TYPE, AMENDED_DISSEMINATION);
        variables.put(VICTIM_TO_BE_TOLD, false);
        variables.put(REVIEW_NEEDED, true);
        runtime.startProcessInstanceByKey(PROCESS_KEY, crime.crimeReference(), variables);
    }

    private Map<String, Object> common(Crime crime) {
        String reference = crime.crimeReference();
        Map<String, Object> variables = new HashMap<>();
        variables.put(ALLOCATED_TEAM, crime.allocatedTeam());
        variables.put(ALLOCATED_OFFICER, crime.allocatedOfficer());
        variables.put(VICTIMS_CODE_VERSION, codeVersion(reference));
        variables.put(FILED_BY, filedBy(reference).orElse(null));
        return variables;
    }

    /** The Victims' Code version the case started under, which it keeps for life; today's if none is recorded. */
    String codeVersion(String reference) {
        String[] triages = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(FraudTriageService.PROCESS_KEY).list().stream()
                .map(HistoricProcessInstance::getId).toArray(String[]::new);
        if (triages.length == 0) {
            return deadlines.currentCodeVersion();
        }
        return history.createHistoricVariableInstanceQuery().processInstanceIdIn(triages)
                .variableName(VICTIMS_CODE_VERSION).list().stream()
                .map(HistoricVariableInstance::getValue).filter(String.class::isInstance).map(String.class::cast)
                .findFirst().orElseGet(deadlines::currentCodeVersion);
    }

    /** Whoever last completed the triage decision of the case. */
    private Optional<String> filedBy(String reference) {
        return history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey("Task_Triage").finished().orderByHistoricTaskInstanceEndTime().desc()
                .listPage(0, 1).stream().findFirst().map(HistoricTaskInstance::getAssignee);
    }
}
