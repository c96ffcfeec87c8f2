package uk.police.ecu.casework.victimcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.police.ecu.casework.ProcessEngineFixture.at;
import static uk.police.ecu.casework.ProcessEngineFixture.dueDay;
import static uk.police.ecu.casework.victimcare.VictimCareTestReferrals.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.police.ecu.casework.ProcessTest;
import uk.police.ecu.casework.shared.InvalidInputException;

/**
 * Paths of {@code processes/victim-care.bpmn}: the referral on to Victim Support, only with the victim's consent.
 */
@ProcessTest
class VictimCareOnwardReferralProcessTest extends VictimCareProcessTestSupport {

    @Test
    void shouldReferToVictimSupportWithin2WorkingDaysOfConsentGivenAtTheAssessment() {
        ClockUtil.setCurrentTime(at(2026, 8, 27, 10));
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        ProcessInstance pi = instance(victim.reference());

        referrals.complete(victim.reference(), "Task_FirstContact", OFFICER,
                assessment(LocalDate.of(2026, 8, 27), true, true));

        assertThat(pi).isWaitingAt("Task_ContactPlan", "Task_ReferToVictimSupport");
        // Thursday 27 August 2026: Friday, then Tuesday 1 September (Monday 31 August is a bank holiday).
        assertThat(dueDay(task(pi, "Task_ReferToVictimSupport"))).isEqualTo(LocalDate.of(2026, 9, 1));
        referrals.complete(victim.reference(), "Task_ReferToVictimSupport", OFFICER,
                Map.of("referredOn", "2026-08-27", "victimSupportReference", "VS-88231"));
        assertThat(pi).hasPassed("EndEvent_ReferredToVictimSupport").isWaitingAt("Task_ContactPlan");
        assertThat(jdbc.sql("SELECT victim_support_reference FROM victim_support_referral WHERE referral_reference = ?")
                .param(victim.reference()).query(String.class).single()).isEqualTo("VS-88231");
    }

    @Test
    void shouldReferToVictimSupportWhenConsentIsGivenAtALaterContact_once() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        ProcessInstance pi = instance(victim.reference());
        referrals.complete(victim.reference(), "Task_FirstContact", OFFICER, assessment(today, true, false));
        assertThat(pi).hasNotPassed("Task_ReferToVictimSupport");
        referrals.complete(victim.reference(), "Task_ContactPlan", OFFICER, Map.of("contacts", List.of(
                Map.of("dueOn", today.toString(), "channel", "PHONE"),
                Map.of("dueOn", today.plusDays(7).toString(), "channel", "PHONE"))));
        List<Task> contacts = referrals.tasks(victim.reference(), "Task_PlannedContact");

        referrals.complete(contacts.get(0), OFFICER, contact("CONTACTED", List.of(), List.of(), true));
        assertThat(pi).isWaitingAt("Task_PlannedContact", "Task_ReferToVictimSupport");
        referrals.complete(contacts.get(1), OFFICER, contact("CONTACTED", List.of(), List.of(), true));
        assertThat(referrals.tasks(victim.reference(), "Task_ReferToVictimSupport")).hasSize(1);

        assertThat(pi).isWaitingAt("Task_CloseReferral", "Task_ReferToVictimSupport");
        referrals.complete(victim.reference(), "Task_ReferToVictimSupport", OFFICER,
                Map.of("referredOn", today.toString(), "victimSupportReference", "VS-1"));
        referrals.complete(victim.reference(), "Task_CloseReferral", OFFICER, Map.of("outcome", "REFERRED_ON"));
        assertThat(pi).isEnded();
    }

    @Test
    void shouldNotReferOnWithoutConsent_norLetTheReferralCloseAsReferredOn() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        ProcessInstance pi = instance(victim.reference());
        referrals.complete(victim.reference(), "Task_FirstContact", OFFICER, assessment(today, false, false));

        assertThat(pi).hasNotPassed("Task_ReferToVictimSupport").isWaitingAt("Task_CloseReferral");
        assertThatThrownBy(() -> referrals.complete(victim.reference(), "Task_CloseReferral", OFFICER,
                Map.of("outcome", "REFERRED_ON")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("outcome"));
        assertThat(pi).isWaitingAt("Task_CloseReferral");
    }
}
