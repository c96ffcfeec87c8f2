package uk.police.ecu.casework.victimcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.police.ecu.casework.ProcessEngineFixture.at;
import static uk.police.ecu.casework.victimcare.VictimCareTestReferrals.assessment;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.police.ecu.casework.ProcessTest;
import uk.police.ecu.casework.shared.InvalidInputException;

/**
 * Paths of {@code processes/victim-care.bpmn}: attempts that do not reach the victim, at first contact or a planned
 * contact, and the supervisor's review at the limit.
 */
@ProcessTest
class VictimCareFailedAttemptsProcessTest extends VictimCareProcessTestSupport {

    @Test
    void shouldLogFailedAttemptsWithoutCompletingTheTask_andSendTheReferralToASupervisorAtTheLimit_whoTriesAgain() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        ProcessInstance pi = instance(victim.reference());
        String firstTask = task(pi, "Task_FirstContact").getId();

        failedAttempt(victim, "NO_ANSWER");
        failedAttempt(victim, "VOICEMAIL_LEFT");
        assertThat(pi).isWaitingAt("Task_FirstContact");
        assertThat(task(pi, "Task_FirstContact").getId()).as("the same task, still open").isEqualTo(firstTask);

        failedAttempt(victim, "WRONG_NUMBER");

        assertThat(pi).isWaitingAt("Task_UnableToContactReview");
        assertThat(task(pi, "Task_UnableToContactReview")).hasCandidateGroup("ecvcu-supervisors");
        assertThat(stage(victim)).isEqualTo("UNABLE_TO_CONTACT_REVIEW");
        assertThatThrownBy(() -> failedAttempt(victim, "NO_ANSWER"))
                .as("no attempts while a supervisor reviews").hasMessageContaining("awaiting first contact");

        referrals.complete(victim.reference(), "Task_UnableToContactReview", SUPERVISOR,
                Map.of("decision", "TRY_AGAIN", "reason", "Try the daughter's number on file"));

        assertThat(pi).isWaitingAt("Task_FirstContact");
        assertThat(stage(victim)).isEqualTo("AWAITING_FIRST_CONTACT");
        failedAttempt(victim, "NO_ANSWER");
        assertThat(pi).as("a new round of attempts starts at none").isWaitingAt("Task_FirstContact");

        referrals.complete(victim.reference(), "Task_FirstContact", OFFICER, assessment(today, true, false));
        assertThat(pi).isWaitingAt("Task_ContactPlan");
    }

    @Test
    void shouldCloseAsUnableToContactWhenTheSupervisorDecides() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB1D");
        ProcessInstance pi = instance(victim.reference());
        failedAttempt(victim, "NO_ANSWER");
        failedAttempt(victim, "NO_ANSWER");
        failedAttempt(victim, "NO_ANSWER");

        referrals.complete(victim.reference(), "Task_UnableToContactReview", SUPERVISOR,
                Map.of("decision", "CLOSE", "reason", "Three numbers tried over a week; letter sent"));

        assertThat(pi).hasPassed("EndEvent_UnableToContact").isEnded();
        assertThat(pi).as("no questionnaire with a victim never reached").hasNotPassed("Task_RomanceQuestionnaire");
        assertThat(jdbc.sql("SELECT closure_outcome FROM victim_referral WHERE reference = ?").param(victim.reference())
                .query(String.class).single()).isEqualTo("UNABLE_TO_CONTACT");
    }

    @Test
    void shouldKeepTheFirstContactOpenAndItsClockRunning_whenAnAttemptHasNoAnswer() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        ProcessInstance pi = instance(victim.reference());
        String firstTask = task(pi, "Task_FirstContact").getId();

        failedAttempt(victim, "NO_ANSWER");

        assertThat(task(pi, "Task_FirstContact").getId()).isEqualTo(firstTask);
        assertThat(clockResults(firstTask)).as("an attempt is not a contact").containsExactly("OPEN");
    }

    @Test
    void shouldRefuseToLogAPlannedContactAsNoAnswer_keepingItOpenWithTheAttemptRecorded() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        ProcessInstance pi = instance(victim.reference());
        planOneContact(victim);
        Task contact = referrals.task(victim.reference(), "Task_PlannedContact");
        String contactId = (String) engine.getTaskService().getVariable(contact.getId(), "plannedContactId");

        assertThatThrownBy(() -> referrals.complete(contact, OFFICER, contact("NO_ANSWER", List.of(), List.of(), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("attempt");
        runAs.user(OFFICER, () -> attempts.log(victim.reference(), UUID.fromString(contactId),
                ClockUtil.getCurrentTime().toInstant(), ContactAttempts.Outcome.VOICEMAIL_LEFT, "Left a message", OFFICER));

        assertThat(pi).isWaitingAt("Task_PlannedContact");
        assertThat(referrals.task(victim.reference(), "Task_PlannedContact").getId()).isEqualTo(contact.getId());
        assertThat(clockResults(contact.getId())).containsExactly("OPEN");
        assertThat(count("SELECT count(*) FROM victim_contact_attempt WHERE referral_reference = ? AND planned_contact_id IS NOT NULL",
                victim.reference())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM victim_planned_contact WHERE referral_reference = ? AND status = 'LOGGED'",
                victim.reference())).isZero();

        referrals.complete(contact, OFFICER, contact("CONTACTED", List.of(), List.of(), null));
        assertThat(pi).isWaitingAt("Task_CloseReferral");
    }

    @Test
    void shouldEndTheClocksOfAVictimNeverReachedAsUnreachable() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        ProcessInstance pi = instance(victim.reference());
        failedAttempt(victim, "NO_ANSWER");
        failedAttempt(victim, "NO_ANSWER");
        failedAttempt(victim, "NO_ANSWER");

        referrals.complete(victim.reference(), "Task_UnableToContactReview", SUPERVISOR,
                Map.of("decision", "CLOSE", "reason", "Three numbers tried"));

        assertThat(historicVariable(pi, "victimsCodeClockEnd")).isEqualTo("UNREACHABLE");
    }

    @Test
    void shouldSendAPlannedContactToASupervisorAtTheLimitOfFailedAttempts_whoTriesThePlanAgain() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        ProcessInstance pi = instance(victim.reference());
        planOneContact(victim);
        Task contact = referrals.task(victim.reference(), "Task_PlannedContact");
        UUID contactId = UUID.fromString(
                (String) engine.getTaskService().getVariable(contact.getId(), "plannedContactId"));

        plannedAttempt(victim, contactId);
        plannedAttempt(victim, contactId);
        assertThat(pi).isWaitingAt("Task_PlannedContact");
        plannedAttempt(victim, contactId);

        assertThat(pi).isWaitingAt("Task_UnreachedContactReview");
        assertThat(task(pi, "Task_UnreachedContactReview")).hasCandidateGroup("ecvcu-supervisors");
        assertThat(stage(victim)).isEqualTo("UNABLE_TO_CONTACT_REVIEW");
        assertThat(clockResults(contact.getId())).as("interrupted, never met").containsExactly("CANCELLED");
        assertThatThrownBy(() -> plannedAttempt(victim, contactId)).hasMessageContaining("planned contact");

        referrals.complete(victim.reference(), "Task_UnreachedContactReview", SUPERVISOR,
                Map.of("decision", "TRY_AGAIN", "reason", "Try her daughter"));

        assertThat(pi).isWaitingAt("Task_PlannedContact");
        assertThat(stage(victim)).isEqualTo("CONTACT_PLAN_AGREED");
        plannedAttempt(victim, contactId);
        assertThat(pi).as("a new round of attempts starts at none").isWaitingAt("Task_PlannedContact");
    }

    @Test
    void shouldCloseAsUnableToContactWhenTheSupervisorDecides_afterFailedAttemptsAtAPlannedContact() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        ProcessInstance pi = instance(victim.reference());
        planOneContact(victim);
        Task contact = referrals.task(victim.reference(), "Task_PlannedContact");
        UUID contactId = UUID.fromString(
                (String) engine.getTaskService().getVariable(contact.getId(), "plannedContactId"));
        plannedAttempt(victim, contactId);
        plannedAttempt(victim, contactId);
        plannedAttempt(victim, contactId);

        referrals.complete(victim.reference(), "Task_UnreachedContactReview", SUPERVISOR,
                Map.of("decision", "CLOSE", "reason", "No answer for a month"));

        assertThat(pi).hasPassed("EndEvent_UnreachedAtContact").isEnded();
        assertThat(closure(victim)).isEqualTo("UNABLE_TO_CONTACT");
        assertThat(historicVariable(pi, "victimsCodeClockEnd")).isEqualTo("UNREACHABLE");
    }
}
