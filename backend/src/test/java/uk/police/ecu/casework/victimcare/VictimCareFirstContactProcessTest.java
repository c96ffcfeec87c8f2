package uk.police.ecu.casework.victimcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.police.ecu.casework.ProcessEngineFixture.at;
import static uk.police.ecu.casework.ProcessEngineFixture.dueDay;
import static uk.police.ecu.casework.victimcare.VictimCareTestReferrals.assessment;
import static uk.police.ecu.casework.victimcare.VictimCareTestReferrals.vulnerability;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.police.ecu.casework.ProcessEngineFixture;
import uk.police.ecu.casework.ProcessTest;
import uk.police.ecu.casework.shared.InvalidInputException;

/**
 * Paths of {@code processes/victim-care.bpmn}: the victim reached at first contact: assessed, a plan of contacts
 * agreed, changed and logged, and the referral closed.
 */
@ProcessTest
class VictimCareFirstContactProcessTest extends VictimCareProcessTestSupport {

    @Test
    void shouldAssessAVictimReachedFirstTime_agreeAPlan_logEachContact_andCloseWithoutAQuestionnaire() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        ProcessInstance pi = instance(victim.reference());
        assertThat(pi).isWaitingAt("Task_FirstContact");
        assertThat(task(pi, "Task_FirstContact")).hasCandidateGroup("ecvcu");

        referrals.complete(victim.reference(), "Task_FirstContact", OFFICER, Map.of("contactedOn", today.toString(),
                "channel", "PHONE", "wantsSupport", true, "vulnerability", vulnerability(true, false, false, true, false),
                "enhancedRights", Map.of("qualifies", false), "consentToVictimSupport", false));

        assertThat(pi).hasPassed("Task_FirstContact", "Decision_SupportLevel").isWaitingAt("Task_ContactPlan");
        assertThat(stage(victim)).isEqualTo("ASSESSED");
        assertThat(supportLevel(victim)).isEqualTo("ENHANCED");

        referrals.complete(victim.reference(), "Task_ContactPlan", OFFICER, Map.of("contacts", List.of(
                Map.of("dueOn", today.plusDays(7).toString(), "channel", "PHONE"),
                Map.of("dueOn", today.plusDays(21).toString(), "channel", "VISIT"))));

        assertThat(stage(victim)).isEqualTo("CONTACT_PLAN_AGREED");
        List<Task> contacts = referrals.tasks(victim.reference(), "Task_PlannedContact");
        assertThat(contacts).hasSize(2);
        assertThat(dueDay(contacts.get(0))).isEqualTo(today.plusDays(7));
        assertThat(dueDay(contacts.get(1))).isEqualTo(today.plusDays(21));
        assertThat(contacts.get(0)).hasCandidateGroup("ecvcu");

        referrals.complete(contacts.get(0), OFFICER, contact("CONTACTED", List.of("BANKING_SAFEGUARDING", "SCAM_TRENDS"),
                List.of("PROTECT_BOOKLET"), null));
        assertThat(pi).isWaitingAt("Task_PlannedContact");
        referrals.complete(contacts.get(1), OFFICER, contact("DECLINED", List.of(), List.of(), null));

        assertThat(pi).hasNotPassed("Task_RomanceQuestionnaire").isWaitingAt("Task_CloseReferral");
        referrals.complete(victim.reference(), "Task_CloseReferral", OFFICER, Map.of("outcome", "SUPPORT_COMPLETED"));

        assertThat(pi).hasPassed("EndEvent_Closed").isEnded();
        assertThat(pi).hasNotPassed("Task_ReferToVictimSupport", "Task_UnableToContactReview");
        assertThat(stage(victim)).isEqualTo("CLOSED");
        assertThat(count("SELECT count(*) FROM victim_planned_contact WHERE referral_reference = ? AND status = 'LOGGED'",
                victim.reference())).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM victim_resource_issue WHERE referral_reference = ? AND resource = 'PROTECT_BOOKLET'",
                victim.reference())).isEqualTo(1);
    }

    @Test
    void shouldCloseAVictimWhoDeclinedSupport_withoutAPlan() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        ProcessInstance pi = instance(victim.reference());

        referrals.complete(victim.reference(), "Task_FirstContact", OFFICER, assessment(today, false, false));

        assertThat(pi).hasNotPassed("Task_ContactPlan", "Task_RomanceQuestionnaire").isWaitingAt("Task_CloseReferral");
        referrals.complete(victim.reference(), "Task_CloseReferral", OFFICER, Map.of("outcome", "DECLINED_SUPPORT"));
        assertThat(pi).isEnded();
    }

    @Test
    void shouldGiveARomanceFraudVictimTheQuestionnaireBeforeClosure_evenWhenTheyDeclineSupport() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB1D");
        ProcessInstance pi = instance(victim.reference());

        referrals.complete(victim.reference(), "Task_FirstContact", OFFICER, assessment(today, false, false));

        assertThat(pi).isWaitingAt("Task_RomanceQuestionnaire");
        referrals.complete(victim.reference(), "Task_RomanceQuestionnaire", OFFICER,
                Map.of("outcome", "COMPLETED", "completedOn", today.toString()));
        assertThat(pi).isWaitingAt("Task_CloseReferral");
        referrals.complete(victim.reference(), "Task_CloseReferral", OFFICER, Map.of("outcome", "DECLINED_SUPPORT"));
        assertThat(pi).hasPassed("Task_RomanceQuestionnaire", "EndEvent_Closed").isEnded();
    }

    @Test
    void shouldReplaceTheUnloggedContactsWhenThePlanChanges_keepingTheLoggedOnes() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        ProcessInstance pi = instance(victim.reference());
        referrals.complete(victim.reference(), "Task_FirstContact", OFFICER, assessment(today, true, false));
        referrals.complete(victim.reference(), "Task_ContactPlan", OFFICER, Map.of("contacts", List.of(
                Map.of("dueOn", today.toString(), "channel", "PHONE"),
                Map.of("dueOn", today.plusDays(14).toString(), "channel", "PHONE"),
                Map.of("dueOn", today.plusDays(28).toString(), "channel", "VISIT"))));
        List<Task> planned = referrals.tasks(victim.reference(), "Task_PlannedContact");
        referrals.complete(planned.get(0), OFFICER, contact("CONTACTED", List.of("INTERNET_SAFETY"), List.of(), null));

        runAs.user(OFFICER, () -> planChanges.change(victim.reference(), List.of(
                new ContactPlanRepository.NewContact(today.plusDays(3), Channel.EMAIL),
                new ContactPlanRepository.NewContact(today.plusDays(10), Channel.LETTER)), "Victim moving to her sister's", OFFICER));

        List<Task> replanned = referrals.tasks(victim.reference(), "Task_PlannedContact");
        assertThat(replanned).extracting(ProcessEngineFixture::dueDay)
                .containsExactly(today.plusDays(3), today.plusDays(10));
        assertThat(replanned).extracting(Task::getId).doesNotContainAnyElementsOf(planned.stream().map(Task::getId).toList());
        assertThat(jdbc.sql("SELECT status FROM victim_planned_contact WHERE referral_reference = ? ORDER BY plan_version, due_on")
                .param(victim.reference()).query(String.class).list())
                .containsExactly("LOGGED", "REPLACED", "REPLACED", "PLANNED", "PLANNED");

        replanned.forEach(task -> referrals.complete(task, OFFICER, contact("CONTACTED", List.of(), List.of(), null)));
        assertThat(pi).isWaitingAt("Task_CloseReferral");
    }

    @Test
    void shouldRefuseAPlanChangeWithoutAReasonOrWithAPastDate_changingNothing() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        referrals.complete(victim.reference(), "Task_FirstContact", OFFICER, assessment(today, true, false));
        referrals.complete(victim.reference(), "Task_ContactPlan", OFFICER,
                Map.of("contacts", List.of(Map.of("dueOn", today.plusDays(2).toString(), "channel", "PHONE"))));

        assertThatThrownBy(() -> planChanges.change(victim.reference(),
                List.of(new ContactPlanRepository.NewContact(today.plusDays(1), Channel.PHONE)), " ", OFFICER))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("reason"));
        assertThatThrownBy(() -> planChanges.change(victim.reference(),
                List.of(new ContactPlanRepository.NewContact(today.minusDays(1), Channel.PHONE)), "Moved", OFFICER))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("contacts[0].dueOn"));
        assertThat(referrals.tasks(victim.reference(), "Task_PlannedContact")).extracting(ProcessEngineFixture::dueDay)
                .containsExactly(today.plusDays(2));
    }

    @Test
    void shouldIssueCallBlockersFromStock_andRefuseTheWholeContactWhenNoneAreLeft() {
        int stockBefore = callBlockersInStock();
        try {
            jdbc.sql("UPDATE protect_resource_stock SET in_stock = 1 WHERE resource = 'CALL_BLOCKER'").update();
            VictimCareTestReferrals.Referred first = referrals.refer("NFIB3A");
            VictimCareTestReferrals.Referred second = referrals.refer("NFIB3A");
            planOneContact(first);
            planOneContact(second);

            referrals.complete(first.reference(), "Task_PlannedContact", OFFICER,
                    contact("CONTACTED", List.of("BANKING_PROTOCOL"), List.of("CALL_BLOCKER"), null));
            assertThat(callBlockersInStock()).isZero();

            Task secondContact = referrals.task(second.reference(), "Task_PlannedContact");
            assertThatThrownBy(() -> referrals.complete(secondContact, OFFICER,
                    contact("CONTACTED", List.of("BANKING_PROTOCOL"), List.of("PROTECT_BOOKLET", "CALL_BLOCKER"), true)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.fieldErrors().get(0).field()).isEqualTo("resources");
                        assertThat(e.fieldErrors().get(0).message()).isEqualTo("No call blockers are left in stock");
                    });

            assertThat(instance(second.reference())).isWaitingAt("Task_PlannedContact");
            assertThat(count("SELECT count(*) FROM victim_resource_issue WHERE referral_reference = ?", second.reference()))
                    .as("not even the booklet").isZero();
            assertThat(count("SELECT count(*) FROM victim_planned_contact WHERE referral_reference = ? AND status = 'LOGGED'",
                    second.reference())).isZero();
            assertThat(count("SELECT count(*) FROM victim_support_referral WHERE referral_reference = ?", second.reference()))
                    .as("nor the consent").isZero();
        } finally {
            jdbc.sql("UPDATE protect_resource_stock SET in_stock = ? WHERE resource = 'CALL_BLOCKER'")
                    .param(stockBefore).update();
        }
    }
}
