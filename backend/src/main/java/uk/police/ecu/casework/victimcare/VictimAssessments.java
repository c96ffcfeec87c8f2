package uk.police.ecu.casework.victimcare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps the support level the model's decision gave with the assessment it came from. Used by
 * {@code Decision_SupportLevel} as {@code victimAssessments.recordSupportLevel(execution)}.
 */
@Component("victimAssessments")
public class VictimAssessments {

    private final VictimAssessmentRepository assessments;

    VictimAssessments(VictimAssessmentRepository assessments) {
        this.assessments = assessments;
    }

    public void recordSupportLevel(DelegateExecution execution) {
        assessments.recordSupportLevel(execution.getProcessBusinessKey(),
                (String) execution.getVariable(VictimCareProcess.SUPPORT_LEVEL));
    }
}
