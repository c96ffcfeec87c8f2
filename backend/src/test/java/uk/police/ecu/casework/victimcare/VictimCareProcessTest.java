package uk.police.ecu.casework.victimcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.police.ecu.casework.victimcare.VictimCareTestReferrals.assessment;
import static uk.police.ecu.casework.victimcare.VictimCareTestReferrals.vulnerability;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.IntegrationTest;
import uk.police.ecu.casework.fraud.Dissemination;
import uk.police.ecu.casework.fraud.FraudTriageService;
import uk.police.ecu.casework.security.RunAs;
import uk.police.ecu.casework.shared.InvalidInputException;

/**
 * Every path of {@code processes/victim-care.bpmn}, on the application's own engine and database,
 * with each task completed through its form as the ECVCU would.
 */
@IntegrationTest
class VictimCareProcessTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String OFFICER = "victim.care";
    private static final String SUPERVISOR = "victim.care.supervisor";

    @RegisterExtension
    final ProcessEngineExtension camunda;
    private final ProcessEngine engine;

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

    private LocalDate today;

    @Autowired
    VictimCareProcessTest(ProcessEngine engine) {
        this.engine = engine;
        this.camunda = ProcessEngineExtension.builder().useProcessEngine(engine).build();
    }

    @BeforeEach
    void bindAssertionsToThisEngine() {
        BpmnAwareTests.init(engine);
        today = LocalDate.now(clock);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /**
     * The victim reached at first contact: assessed, a plan of contacts agreed, changed and logged, and the
     * referral closed.
     */
    @Nested
    class FirstContactAndPlan {

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
            assertThat(replanned).extracting(VictimCareProcessTest::dueDay)
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
            assertThat(referrals.tasks(victim.reference(), "Task_PlannedContact")).extracting(VictimCareProcessTest::dueDay)
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

    /**
     * Attempts that do not reach the victim, at first contact or a planned contact, and the supervisor's review at
     * the limit.
     */
    @Nested
    class FailedAttempts {

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

    /** The referral on to Victim Support, only with the victim's consent. */
    @Nested
    class OnwardReferral {

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

    /** When first contact falls due, and enhanced rights recorded on the ECU's crime. */
    @Nested
    class DeadlinesAndEnhancedRights {

        @Test
        void shouldDueFirstContact2WorkingDaysAfterAFridayReferral_skippingTheBankHolidayMonday() {
            ClockUtil.setCurrentTime(at(2026, 8, 28, 15));
            VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");

            // Friday 28 August 2026; Monday 31 August is the summer bank holiday: Tuesday 1, Wednesday 2 September.
            assertThat(dueDay(referrals.task(victim.reference(), "Task_FirstContact"))).isEqualTo(LocalDate.of(2026, 9, 2));
        }

        @Test
        void shouldRecordEnhancedRightsOnTheEcuCrime_soItsVictimUpdatesShorten() {
            String crimeReference = "NFRC-VCE-" + VictimCareTestReferrals.suffix();
            runAs.user("ecu.officer", () -> triage.receive(new Dissemination(crimeReference, today.minusDays(4), "NFIB3A",
                    uk.police.ecu.casework.fraud.Dissemination.VictimType.INDIVIDUAL, "Edna Test", LocalDate.of(1950, 3, 14),
                    null, null, null, new BigDecimal("900"), 4, null, null, null)));
            VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A", crimeReference, today);

            referrals.complete(victim.reference(), "Task_FirstContact", OFFICER, Map.of("contactedOn", today.toString(),
                    "channel", "VISIT", "wantsSupport", true, "vulnerability", vulnerability(false, false, false, false, false),
                    "enhancedRights", Map.of("qualifies", true, "reasons", List.of("PERSISTENTLY_TARGETED", "INTIMIDATED"),
                            "explanation", "Called daily by the same caller since the report"),
                    "consentToVictimSupport", false));

            assertThat(jdbc.sql("SELECT category FROM victim_enhanced_rights WHERE crime_reference = ?").param(crimeReference)
                    .query(String.class).single()).isEqualTo("PERSISTENTLY_TARGETED");
            assertThat(supportLevel(victim)).as("enhanced rights need more than standard support").isEqualTo("ENHANCED");
        }

        @Test
        void shouldRefuseEnhancedRightsWithoutAReason_savingNothing() {
            VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");

            assertThatThrownBy(() -> referrals.complete(victim.reference(), "Task_FirstContact", OFFICER, Map.of(
                    "contactedOn", today.toString(), "channel", "PHONE", "wantsSupport", true,
                    "vulnerability", vulnerability(false, false, false, false, false),
                    "enhancedRights", Map.of("qualifies", true, "reasons", List.of(), "explanation", "Aged 82"),
                    "consentToVictimSupport", true)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("enhancedRights.reasons"));

            assertThat(instance(victim.reference())).isWaitingAt("Task_FirstContact");
            assertThat(count("SELECT count(*) FROM victim_assessment WHERE referral_reference = ?", victim.reference())).isZero();
            assertThat(count("SELECT count(*) FROM victim_support_referral WHERE referral_reference = ?", victim.reference())).isZero();
        }
    }

    /** A victim who opts out or withdraws ends the referral and its clocks as opted out. */
    @Nested
    class OptingOutAndWithdrawal {

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

    /** A closed referral reopened under the same reference. */
    @Nested
    class Reopening {

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

    private void plannedAttempt(VictimCareTestReferrals.Referred victim, UUID contactId) {
        runAs.user(OFFICER, () -> attempts.log(victim.reference(), contactId, ClockUtil.getCurrentTime().toInstant(),
                ContactAttempts.Outcome.NO_ANSWER, "Rang the mobile", OFFICER));
    }

    private List<String> clockResults(String taskId) {
        return jdbc.sql("SELECT result FROM sla_clock WHERE task_id = ? ORDER BY id").param(taskId)
                .query(String.class).list();
    }

    private String closure(VictimCareTestReferrals.Referred victim) {
        return jdbc.sql("SELECT closure_outcome FROM victim_referral WHERE reference = ?").param(victim.reference())
                .query(String.class).optional().orElse(null);
    }

    private List<String> timeline(VictimCareTestReferrals.Referred victim) {
        return jdbc.sql("SELECT kind, closure_outcome, occurred_on FROM victim_referral_event WHERE referral_reference = ? ORDER BY id")
                .param(victim.reference())
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list();
    }

    private Object historicVariable(ProcessInstance pi, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(name).list().stream().findFirst().map(v -> v.getValue()).orElse(null);
    }

    private void planOneContact(VictimCareTestReferrals.Referred victim) {
        referrals.complete(victim.reference(), "Task_FirstContact", OFFICER, assessment(today, true, false));
        referrals.complete(victim.reference(), "Task_ContactPlan", OFFICER,
                Map.of("contacts", List.of(Map.of("dueOn", today.toString(), "channel", "VISIT"))));
    }

    private Map<String, Object> contact(String outcome, List<String> advice, List<String> resources, Boolean consent) {
        Map<String, Object> answers = new java.util.HashMap<>(Map.of("contactedOn", today.toString(), "outcome", outcome,
                "advice", advice, "resources", resources));
        answers.put("consentToVictimSupport", consent);
        return answers;
    }

    private void failedAttempt(VictimCareTestReferrals.Referred victim, String outcome) {
        runAs.user(OFFICER, () -> attempts.log(victim.reference(), ClockUtil.getCurrentTime().toInstant(),
                ContactAttempts.Outcome.valueOf(outcome), "Rang the landline", OFFICER));
    }

    private ProcessInstance instance(String reference) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult();
    }

    private Task task(ProcessInstance pi, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    private String stage(VictimCareTestReferrals.Referred victim) {
        return jdbc.sql("SELECT stage FROM victim_referral WHERE reference = ?").param(victim.reference())
                .query(String.class).single();
    }

    private String supportLevel(VictimCareTestReferrals.Referred victim) {
        return jdbc.sql("SELECT support_level FROM victim_assessment WHERE referral_reference = ?")
                .param(victim.reference()).query(String.class).single();
    }

    private int count(String sql, String reference) {
        return jdbc.sql(sql).param(reference).query(Integer.class).single();
    }

    private int callBlockersInStock() {
        return jdbc.sql("SELECT in_stock FROM protect_resource_stock WHERE resource = 'CALL_BLOCKER'")
                .query(Integer.class).single();
    }

    private static Date at(int year, int month, int day, int hour) {
        return Date.from(LocalDate.of(year, month, day).atTime(hour, 0).atZone(LONDON).toInstant());
    }

    private static LocalDate dueDay(Task task) {
        return LocalDate.ofInstant(task.getDueDate().toInstant(), LONDON);
    }
}
