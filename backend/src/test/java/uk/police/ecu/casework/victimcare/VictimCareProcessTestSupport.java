package uk.police.ecu.casework.victimcare;

import static uk.police.ecu.casework.victimcare.VictimCareTestReferrals.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.fraud.FraudTriageService;
import uk.police.ecu.casework.security.RunAs;

/**
 * What the stage tests of {@code processes/victim-care.bpmn} share: referrals made and tasks completed through their
 * forms as the ECVCU would, on the application's own engine and database, and the victim care records read back.
 * Each {@code VictimCare*ProcessTest} covers one stage of the model; together they cover every path.
 */
abstract class VictimCareProcessTestSupport {

    static final String OFFICER = "victim.care";
    static final String SUPERVISOR = "victim.care.supervisor";

    @Autowired
    ProcessEngine engine;

    @Autowired
    VictimCareTestReferrals referrals;

    @Autowired
    ContactAttempts attempts;

    @Autowired
    ContactPlanChanges planChanges;

    @Autowired
    ReferralLifecycle lifecycle;

    @Autowired
    FraudTriageService triage;

    @Autowired
    RunAs runAs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    /** Today on the product's clock, read once before each test. */
    LocalDate today;

    @BeforeEach
    void readToday() {
        today = LocalDate.now(clock);
    }

    void plannedAttempt(VictimCareTestReferrals.Referred victim, UUID contactId) {
        runAs.user(OFFICER, () -> attempts.log(victim.reference(), contactId, ClockUtil.getCurrentTime().toInstant(),
                ContactAttempts.Outcome.NO_ANSWER, "Rang the mobile", OFFICER));
    }

    void failedAttempt(VictimCareTestReferrals.Referred victim, String outcome) {
        runAs.user(OFFICER, () -> attempts.log(victim.reference(), ClockUtil.getCurrentTime().toInstant(),
                ContactAttempts.Outcome.valueOf(outcome), "Rang the landline", OFFICER));
    }

    void planOneContact(VictimCareTestReferrals.Referred victim) {
        referrals.complete(victim.reference(), "Task_FirstContact", OFFICER, assessment(today, true, false));
        referrals.complete(victim.reference(), "Task_ContactPlan", OFFICER,
                Map.of("contacts", List.of(Map.of("dueOn", today.toString(), "channel", "VISIT"))));
    }

    Map<String, Object> contact(String outcome, List<String> advice, List<String> resources, Boolean consent) {
        Map<String, Object> answers = new java.util.HashMap<>(Map.of("contactedOn", today.toString(), "outcome", outcome,
                "advice", advice, "resources", resources));
        answers.put("consentToVictimSupport", consent);
        return answers;
    }

    ProcessInstance instance(String reference) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult();
    }

    Task task(ProcessInstance pi, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    String stage(VictimCareTestReferrals.Referred victim) {
        return jdbc.sql("SELECT stage FROM victim_referral WHERE reference = ?").param(victim.reference())
                .query(String.class).single();
    }

    String supportLevel(VictimCareTestReferrals.Referred victim) {
        return jdbc.sql("SELECT support_level FROM victim_assessment WHERE referral_reference = ?")
                .param(victim.reference()).query(String.class).single();
    }

    String closure(VictimCareTestReferrals.Referred victim) {
        return jdbc.sql("SELECT closure_outcome FROM victim_referral WHERE reference = ?").param(victim.reference())
                .query(String.class).optional().orElse(null);
    }

    List<String> timeline(VictimCareTestReferrals.Referred victim) {
        return jdbc.sql("SELECT kind, closure_outcome, occurred_on FROM victim_referral_event WHERE referral_reference = ? ORDER BY id")
                .param(victim.reference())
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list();
    }

    List<String> clockResults(String taskId) {
        return jdbc.sql("SELECT result FROM sla_clock WHERE task_id = ? ORDER BY id").param(taskId)
                .query(String.class).list();
    }

    Object historicVariable(ProcessInstance pi, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(name).list().stream().findFirst().map(v -> v.getValue()).orElse(null);
    }

    int count(String sql, String reference) {
        return jdbc.sql(sql).param(reference).query(Integer.class).single();
    }

    int callBlockersInStock() {
        return jdbc.sql("SELECT in_stock FROM protect_resource_stock WHERE resource = 'CALL_BLOCKER'")
                .query(Integer.class).single();
    }
}
