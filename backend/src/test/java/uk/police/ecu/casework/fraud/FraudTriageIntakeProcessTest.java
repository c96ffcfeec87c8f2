package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.police.ecu.casework.ProcessTest;

/**
 * The paths of {@code processes/fraud-triage.bpmn} for receiving a crime from the NFIB: recategorising an unknown
 * or NFIB90 code, triage returning it to the NFIB, and a crime sent again, unchanged or amended, before triage.
 */
@ProcessTest
class FraudTriageIntakeProcessTest extends FraudTriageProcessTestSupport {

    @Test
    void shouldSendAnNfib90ReportToRecategorisationBeforeTriage() {
        ProcessInstance pi = receive("NFIB90", "500", null);

        assertThat(pi).isWaitingAt("Task_Recategorise");
        assertThat(task(pi)).hasCandidateGroup("ecu-triage");
        complete(task(pi), withVariables("nfibCode", "NFIB3A"));

        assertThat(pi).isWaitingAt("Task_Triage");
    }

    @Test
    void shouldSendACodeMissingFromTheReferenceListToRecategorisation() {
        ProcessInstance pi = receive("NFIB99Z", "500", null);

        assertThat(pi).isWaitingAt("Task_Recategorise");
        assertThat(crimes.find(pi.getBusinessKey()).orElseThrow().nfibCodeUnknown()).isTrue();
    }

    @Test
    void shouldEndACrimeReturnedToNfibAtTriage_withNoFurtherTask() {
        ProcessInstance pi = receive("NFIB3A", "2000", null);

        complete(task(pi), withVariables("triageDecision", "RETURN_TO_NFIB", "allocatedTeam", null));

        assertThat(pi).hasPassed("EndEvent_ReturnedToNfib").isEnded();
    }

    @Test
    void shouldAskTheTriageTeamToReviewAnAmendmentBeforeTriage_besideTheTriageTask() {
        ProcessInstance pi = receive("NFIB3A", "640", null);

        FraudTriageService.Received amended = resend(pi, "900");

        assertThat(amended.duplicate()).isFalse();
        assertThat(amended.amendment().summary()).isEqualTo("loss £640 → £900");
        assertThat(crimes.find(pi.getBusinessKey()).orElseThrow().lossGbp()).isEqualByComparingTo("900");
        assertThat(pi).isWaitingAt("Task_Triage", "Task_ReviewAmendment");
        Task review = task("Task_ReviewAmendment", pi);
        assertThat(review).hasName("Review NFIB amendment").hasCandidateGroup("ecu-triage").isNotAssigned();
        assertThat(runtimeService().getVariable(review.getExecutionId(), "amendmentId"))
                .isEqualTo(amended.amendment().id());

        complete(review);
        assertThat(pi).isWaitingAt("Task_Triage").hasPassed("EndEvent_AmendmentReviewed");
    }

    @Test
    void shouldStartNothingWhenTheSameCrimeIsSentAgainUnchanged() {
        ProcessInstance pi = receive("NFIB3A", "640", null);

        FraudTriageService.Received again = resend(pi, "640");

        assertThat(again.duplicate()).isTrue();
        assertThat(again.amendment()).isNull();
        assertThat(pi).isWaitingAt("Task_Triage");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
    }
}
