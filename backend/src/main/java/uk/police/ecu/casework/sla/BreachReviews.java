package uk.police.ecu.casework.sla;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Starts one breach review ({@code processes/breach-review.bpmn}) per breach, for the supervisors of the
 * accountable team: the team named as the team's {@code supervisor_team}, else the team itself.
 */
@Component
public class BreachReviews {

    public static final String PROCESS_KEY = "breach-review";
    public static final String CLOCK_ID = "slaClockId";
    public static final String REVIEW_TEAM = "reviewTeam";
    public static final String LATE_TASK_ID = "lateTaskId";

    // Lazily: the SLA clocks are wired into the engine, so the engine's services cannot be needed to build them.
    private final ObjectProvider<RuntimeService> runtime;
    private final JdbcClient jdbc;

    BreachReviews(ObjectProvider<RuntimeService> runtime, JdbcClient jdbc) {
        this.runtime = runtime;
        this.jdbc = jdbc;
    }

    private record Breach(String caseReference, String slaName, String team, String reviewTeam, String taskId) {
    }

    void start(long clockId) {
        Breach breach = jdbc.sql("""
                        SELECT c.case_reference, d.name, c.team, c.task_id,
                               coalesce(t.supervisor_team, t.id, nullif(d.accountable_team, 'TASK_CANDIDATE_TEAM'))
                        FROM sla_clock c JOIN sla_definition d ON d.id = c.sla_id AND d.version = c.sla_version
                        LEFT JOIN team t ON t.id = c.team
                        WHERE c.id = ?""")
                .param(clockId)
                .query((rs, n) -> new Breach(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(5),
                        rs.getString(4)))
                .single();
        String reviewTeam = Optional.ofNullable(breach.reviewTeam()).orElse("ecu-supervisors");
        int claimed = jdbc.sql("""
                        INSERT INTO sla_breach_review (clock_id, review_team, breached_at)
                        SELECT id, ?, breached_at FROM sla_clock WHERE id = ?
                        ON CONFLICT (clock_id) DO NOTHING""")
                .params(reviewTeam, clockId).update();
        if (claimed == 0) {
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(CLOCK_ID, clockId);
        variables.put(REVIEW_TEAM, reviewTeam);
        variables.put("slaName", breach.slaName());
        variables.put(LATE_TASK_ID, breach.taskId());
        String businessKey = breach.caseReference() == null ? "sla-clock-" + clockId : breach.caseReference();
        String instanceId = runtime.getObject().startProcessInstanceByKey(PROCESS_KEY, businessKey, variables).getId();
        jdbc.sql("UPDATE sla_breach_review SET process_instance_id = ? WHERE clock_id = ?")
                .params(instanceId, clockId).update();
    }

    /**
     * Keeps the review task's id with the breach as the engine creates it (a query could not see it yet
     * when the review starts inside another engine command), so the dashboard links to it without a search.
     */
    void reviewTaskCreated(DelegateTask task) {
        Object clockId = task.getVariable(CLOCK_ID);
        if (clockId instanceof Number id) {
            jdbc.sql("UPDATE sla_breach_review SET review_task_id = ? WHERE clock_id = ?")
                    .params(task.getId(), id.longValue()).update();
        }
    }
}
