package uk.police.ecu.casework.fraud;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.retention.Erasure;
import uk.police.ecu.casework.retention.ErasureStamp;
import uk.police.ecu.casework.retention.RetainedRecord;
import uk.police.ecu.casework.retention.RetainedRecords;
import uk.police.ecu.casework.shared.ConflictException;
import uk.police.ecu.casework.shared.NotFoundException;

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
            "investigationPlanActions", "caseEventDetails", "victimUpdateNotes", "enhancedRightsReason");

    private record State(String erasedBy, OffsetDateTime erasedAt) {
    }

    private final JdbcClient jdbc;
    private final RuntimeService runtime;
    private final HistoryService history;

    FraudCaseRetention(JdbcClient jdbc, RuntimeService runtime, HistoryService history) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.history = history;
    }

    @Override
    public String recordType() {
        return "crime";
    }

    @Override
    public List<RetainedRecord> heldSince(LocalDate startedOnOrBefore, int limit) {
        return jdbc.sql("""
                        SELECT crime_reference, outcome_date, nfib_code, home_office_outcome FROM crime
                        WHERE status = 'FINALISED' AND outcome_date <= ? AND personal_data_erased_at IS NULL
                        ORDER BY outcome_date, crime_reference LIMIT ?""")
                .params(startedOnOrBefore, limit)
                .query((rs, n) -> new RetainedRecord(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getString(3) + ", finalised with Home Office outcome " + rs.getString(4)))
                .list();
    }

    @Override
    public Optional<LocalDate> retainedFrom(String recordId) {
        return jdbc.sql("SELECT outcome_date FROM crime WHERE crime_reference = ? AND status = 'FINALISED'")
                .param(recordId.trim().toUpperCase()).query(LocalDate.class).optional();
    }

    @Override
    public Erasure erase(String recordId, ErasureStamp stamp) {
        String reference = recordId.trim().toUpperCase();
        // Locked, so two administrators erasing at once leave one erasure and one audit row.
        State state = jdbc.sql("""
                        SELECT personal_data_erased_by, personal_data_erased_at FROM crime
                        WHERE crime_reference = ? FOR UPDATE""")
                .param(reference)
                .query((rs, n) -> new State(rs.getString(1), rs.getObject(2, OffsetDateTime.class)))
                .optional()
                .orElseThrow(() -> new NotFoundException("There is no case " + reference));
        if (state.erasedAt() != null) {
            return Erasure.earlier(state.erasedAt(), state.erasedBy());
        }
        if (runtime.createProcessInstanceQuery().processDefinitionKey(FraudTriageService.PROCESS_KEY)
                .processInstanceBusinessKey(reference).count() > 0) {
            throw new ConflictException("Case " + reference
                    + " still has work open (a task or a victim update). Erase it once its process has ended.");
        }
        eraseDomainFacts(reference, stamp);
        List<String> erased = new ArrayList<>(ERASED_FIELDS);
        erased.addAll(eraseEngineHistory(reference));
        return Erasure.done(stamp, erased);
    }

    private void eraseDomainFacts(String reference, ErasureStamp stamp) {
        jdbc.sql("""
                        UPDATE crime SET victim_name = :erased, victim_date_of_birth = NULL, victim_email = NULL,
                            victim_phone = NULL, victim_postcode = NULL,
                            summary = CASE WHEN summary IS NULL THEN NULL ELSE :erased END,
                            suspect_details = CASE WHEN suspect_details IS NULL THEN NULL ELSE :erased END,
                            filing_rationale = CASE WHEN filing_rationale IS NULL THEN NULL ELSE :erased END,
                            personal_data_erased_at = :at, personal_data_erased_by = :by
                        WHERE crime_reference = :reference""")
                .param("erased", ERASED).param("at", stamp.at()).param("by", stamp.by()).param("reference", reference)
                .update();
        for (String freeText : List.of(
                "UPDATE line_of_enquiry SET description = :erased WHERE crime_reference = :reference",
                "UPDATE investigation_plan_action SET description = :erased WHERE crime_reference = :reference",
                "UPDATE case_event SET details = :erased WHERE crime_reference = :reference AND details IS NOT NULL",
                "UPDATE victim_update SET notes = :erased WHERE crime_reference = :reference AND notes IS NOT NULL",
                "UPDATE victim_enhanced_rights SET reason = :erased WHERE crime_reference = :reference")) {
            jdbc.sql(freeText).param("erased", ERASED).param("reference", reference).update();
        }
    }

    /**
     * The engine keeps variable values and the filing-approval decision's inputs (the victim's age) in
     * its history; those entries are deleted. What happened when, and by whom, stays.
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
        return erased;
    }
}
