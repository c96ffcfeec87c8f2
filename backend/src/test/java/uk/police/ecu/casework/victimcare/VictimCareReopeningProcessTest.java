package uk.police.ecu.casework.victimcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import uk.police.ecu.casework.ProcessTest;

/**
 * Paths of {@code processes/victim-care.bpmn}: a closed referral reopened under the same reference.
 */
@ProcessTest
class VictimCareReopeningProcessTest extends VictimCareProcessTestSupport {

    @Test
    void shouldReopenAClosedReferralUnderTheSameReference_backToFirstContact_inANewRoundOfAttempts() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB1D");
        failedAttempt(victim, "NO_ANSWER");
        lifecycle.endSupport(victim.reference(), ClosureOutcome.WITHDRAWN, today, "Too upset to talk", OFFICER);

        lifecycle.reopen(victim.reference(), "Victim rang back asking for help", OFFICER);

        ProcessInstance reopened = instance(victim.reference());
        assertThat(reopened).hasPassed("StartEvent_Reopened").isWaitingAt("Task_FirstContact");
        assertThat(engine.getRuntimeService().getVariable(reopened.getId(), "romanceFraud")).isEqualTo(true);
        assertThat(stage(victim)).isEqualTo("AWAITING_FIRST_CONTACT");
        assertThat(closure(victim)).isNull();
        assertThat(timeline(victim)).containsExactly("CLOSED WITHDRAWN " + today, "REOPENED null " + today);
        failedAttempt(victim, "NO_ANSWER");
        failedAttempt(victim, "NO_ANSWER");
        assertThat(reopened).as("the attempt before closure is in the earlier round").isWaitingAt("Task_FirstContact");
        assertThatThrownBy(() -> lifecycle.reopen(victim.reference(), "Again", OFFICER))
                .hasMessageContaining("Only a closed referral");
    }

    @Test
    void shouldRefuseToReopenWhileThePersonHasAnotherOpenReferral() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        lifecycle.endSupport(victim.reference(), ClosureOutcome.OPTED_OUT, today, "No more calls", OFFICER);
        String later = referrals.referListing(victim.victimId(), "NFIB3A", "NFRC-VC-" + VictimCareTestReferrals.suffix(),
                today, List.of("AGED_70_OR_OVER"));

        assertThatThrownBy(() -> lifecycle.reopen(victim.reference(), "Victim wants support after all", OFFICER))
                .hasMessageContaining(later);
        assertThat(stage(victim)).isEqualTo("CLOSED");
        assertThat(instance(victim.reference()) == null).as("no process started").isTrue();
    }
}
