package uk.police.ecu.casework.victimcare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the support level the model's decision gave with the assessment it came from. Used by
 * {@code Decision_SupportLevel} as {@code victimAssessments.recordSupportLevel(execution)}.
 */
@Component("victimAssessments")
public class VictimAssessments {

    private final JdbcClient jdbc;

    VictimAssessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void recordSupportLevel(DelegateExecution execution) {
        jdbc.sql("UPDATE victim_assessment SET support_level = ? WHERE referral_reference = ?")
                .params(execution.getVariable(VictimCareProcess.SUPPORT_LEVEL), execution.getProcessBusinessKey())
                .update();
    }
}
