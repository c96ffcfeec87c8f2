package uk.police.ecu.casework.victimcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.police.ecu.casework.victimcare.VictimCareTestReferrals.assessment;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.police.ecu.casework.ProcessTest;
import uk.police.ecu.casework.shared.InvalidInputException;

/**
 * Paths of {@code processes/victim-care.bpmn}: a victim who opts out or withdraws ends the referral and its clocks
 * as opted out.
 */
@ProcessTest
class VictimCareOptingOutProcessTest extends VictimCareProcessTestSupport {

    @Test
    void shouldCloseAsOptedOutWhenAContactIsLoggedAsVictimOptedOut_endingTheOtherContactsAsOptedOut() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        ProcessInstance pi = instance(victim.reference());
        referrals.complete(victim.reference(), "Task_FirstContact", OFFICER, assessment(today, true, true));
        referrals.complete(victim.reference(), "Task_ContactPlan", OFFICER, Map.of("contacts", List.of(
                Map.of("dueOn", today.toString(), "channel", "PHONE"),
                Map.of("dueOn", today.plusDays(14).toString(), "channel", "PHONE"))));
        assertThat(pi).isWaitingAt("Task_ReferToVictimSupport");
        List<Task> contacts = referrals.tasks(victim.reference(), "Task_PlannedContact");

        referrals.complete(contacts.get(0), OFFICER, Map.of("contactedOn", today.toString(), "outcome", "OPTED_OUT",
                "notes", "Does not want any more calls"));

        assertThat(pi).hasPassed("Gateway_VictimOptedOut", "EndEvent_OptedOutAtContact").isEnded();
        assertThat(pi).hasNotPassed("Task_CloseReferral", "Task_RomanceQuestionnaire");
        assertThat(closure(victim)).isEqualTo("OPTED_OUT");
        assertThat(clockResults(contacts.get(1).getId())).as("the later contact ends as opted out, never met")
                .containsExactly("OPTED_OUT");
        assertThat(historicVariable(pi, "victimsCodeClockEnd")).isEqualTo("OPTED_OUT");
        assertThat(timeline(victim)).containsExactly("CLOSED OPTED_OUT " + today);
    }

    @Test
    void shouldEndTheReferralWhenTheVictimWithdraws_atFirstContact_endingItsClockAsOptedOut() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        ProcessInstance pi = instance(victim.reference());
        String firstTask = task(pi, "Task_FirstContact").getId();

        lifecycle.endSupport(victim.reference(), ClosureOutcome.WITHDRAWN, today, "Family are supporting her", OFFICER);

        assertThat(pi).hasPassed("StartEvent_VictimEndedSupport", "EndEvent_VictimEndedSupport").isEnded();
        assertThat(closure(victim)).isEqualTo("WITHDRAWN");
        assertThat(clockResults(firstTask)).as("ended by the withdrawal, never met").containsExactly("OPTED_OUT");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(victim.reference()).count()).isZero();
        assertThatThrownBy(() -> lifecycle.endSupport(victim.reference(), ClosureOutcome.OPTED_OUT, today, "Again", OFFICER))
                .hasMessageContaining("already closed");
    }

    @Test
    void shouldEndTheReferralWhenTheVictimOptsOut_duringPlannedContacts_andAnOnwardReferral() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        ProcessInstance pi = instance(victim.reference());
        referrals.complete(victim.reference(), "Task_FirstContact", OFFICER, assessment(today, true, true));
        referrals.complete(victim.reference(), "Task_ContactPlan", OFFICER,
                Map.of("contacts", List.of(Map.of("dueOn", today.plusDays(7).toString(), "channel", "PHONE"))));
        assertThat(pi).isWaitingAt("Task_PlannedContact", "Task_ReferToVictimSupport");

        lifecycle.endSupport(victim.reference(), ClosureOutcome.OPTED_OUT, today, "Asked for no more contact", OFFICER);

        assertThat(pi).hasPassed("EndEvent_VictimEndedSupport").isEnded();
        assertThat(closure(victim)).isEqualTo("OPTED_OUT");
        assertThatThrownBy(() -> lifecycle.endSupport(victim.reference(), ClosureOutcome.SUPPORT_COMPLETED, today, "x",
                OFFICER)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void shouldRefuseAWithdrawalWithoutAReasonOrDatedInTheFuture_changingNothing() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        assertThatThrownBy(() -> lifecycle.endSupport(victim.reference(), ClosureOutcome.WITHDRAWN, today, " ", OFFICER))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> lifecycle.endSupport(victim.reference(), ClosureOutcome.WITHDRAWN, today.plusDays(1),
                "Moved away", OFFICER)).isInstanceOf(InvalidInputException.class);
        assertThat(instance(victim.reference())).isWaitingAt("Task_FirstContact");
        assertThat(stage(victim)).isEqualTo("AWAITING_FIRST_CONTACT");
    }
}
