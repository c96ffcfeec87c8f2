package uk.police.ecu.casework.victimcare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.ecu.casework.victimcare.VictimCareTestReferrals.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * Victim care lifecycles through the API as a victim care officer: a call with no answer is an attempt and
 * never a met contact; the victim withdraws or opts out; a closed referral is reopened, or refused while the
 * person has another referral open.
 */
@IntegrationTest
class VictimCareLifecycleApiIntegrationTest {

    private static final String OFFICER = "victim.care";

    @LocalServerPort
    int port;

    @Autowired
    VictimCareTestReferrals referrals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void shouldKeepTheFirstContactClockRunningAfterANoAnswer_notMet() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        ApiClient officer = ApiClient.signedIn(port, OFFICER);

        ApiClient.Response logged = officer.post(path(victim, "/contact-attempts"),
                Map.of("attemptedAt", clock.instant().toString(), "outcome", "NO_ANSWER"));

        assertThat(logged.status()).isEqualTo(201);
        assertThat(taskKeys(logged.json())).containsExactly("Task_FirstContact");
        assertThat(firstContactClocks(victim)).as("the first-contact clock: running, not met").containsExactly("OPEN");
    }

    @Test
    void shouldLogANoAnswerAtAPlannedContactAsAnAttempt_refusingItAsTheContact() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        LocalDate today = LocalDate.now(clock);
        referrals.complete(victim.reference(), "Task_FirstContact", OFFICER, assessment(today, true, false));
        referrals.complete(victim.reference(), "Task_ContactPlan", OFFICER,
                Map.of("contacts", List.of(Map.of("dueOn", today.plusDays(3).toString(), "channel", "PHONE"))));
        ApiClient officer = ApiClient.signedIn(port, OFFICER);
        JsonNode task = officer.get(path(victim, "")).json().get("currentTasks").get(0);
        String taskId = task.get("id").asText();

        assertThat(officer.post("/api/tasks/" + taskId + "/claim").status()).isEqualTo(204);
        ApiClient.Response refused = officer.post("/api/tasks/" + taskId + "/complete",
                Map.of("contactedOn", today.toString(), "outcome", "NO_ANSWER"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("outcome").contains("attempt, not a contact");

        ApiClient.Response logged = officer.post(path(victim, "/contact-attempts"), Map.of("attemptedAt",
                clock.instant().toString(), "outcome", "VOICEMAIL_LEFT", "plannedContactId",
                task.get("plannedContactId").asText()));

        assertThat(logged.status()).isEqualTo(201);
        assertThat(logged.json().get("contactAttempts")).singleElement().satisfies(attempt ->
                assertThat(attempt.get("plannedContactId").asText()).isEqualTo(task.get("plannedContactId").asText()));
        assertThat(taskKeys(logged.json())).containsExactly("Task_PlannedContact");
        assertThat(logged.json().get("contactPlan").get("contacts").get(0).get("status").asText()).isEqualTo("PLANNED");
        assertThat(jdbc.sql("SELECT result FROM sla_clock WHERE task_id = ?").param(taskId).query(String.class).list())
                .containsExactly("OPEN");
    }

    @Test
    void shouldCloseTheReferralWhenTheVictimWithdraws_withTheReasonAndDate_onTheTimelineAndAudit() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        jdbc.sql("UPDATE victim_referral SET referred_at = referred_at - interval '2 days' WHERE reference = ?")
                .param(victim.reference()).update();
        ApiClient officer = ApiClient.signedIn(port, OFFICER);
        long before = lastAuditId();

        ApiClient.Response withdrawn = officer.post(path(victim, "/end-support"),
                Map.of("outcome", "WITHDRAWN", "on", yesterday.toString(), "reason", "Her son is supporting her"));

        assertThat(withdrawn.status()).isEqualTo(200);
        JsonNode referral = withdrawn.json();
        assertThat(referral.get("stage").asText()).isEqualTo("CLOSED");
        assertThat(referral.get("closure").get("outcome").asText()).isEqualTo("WITHDRAWN");
        assertThat(referral.get("closure").get("notes").asText()).isEqualTo("Her son is supporting her");
        assertThat(referral.get("currentTasks")).as("its tasks cancelled").isEmpty();
        assertThat(referral.get("timeline")).singleElement().satisfies(event -> {
            assertThat(event.get("kind").asText()).isEqualTo("CLOSED");
            assertThat(event.get("closureOutcome").asText()).isEqualTo("WITHDRAWN");
            assertThat(event.get("occurredOn").asText()).isEqualTo(yesterday.toString());
            assertThat(event.get("recordedBy").asText()).isEqualTo("Jo Bennett");
        });
        assertThat(firstContactClocks(victim)).as("ended by the withdrawal, never met").containsExactly("OPTED_OUT");
        assertThat(alterationsSince(before)).containsExactly(victim.reference());

        assertThat(officer.post(path(victim, "/end-support"), Map.of("outcome", "OPTED_OUT",
                "on", yesterday.toString(), "reason", "Again")).status()).as("already closed").isEqualTo(409);
    }

    @Test
    void shouldCloseAsOptedOut_andRefuseAWithdrawalWithoutAReasonOrInTheFuture() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        LocalDate today = LocalDate.now(clock);
        ApiClient officer = ApiClient.signedIn(port, OFFICER);

        ApiClient.Response future = officer.post(path(victim, "/end-support"),
                Map.of("outcome", "OPTED_OUT", "on", today.plusDays(1).toString(), "reason", "No more calls"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("\"on\"");
        ApiClient.Response noReason = officer.post(path(victim, "/end-support"),
                Map.of("outcome", "OPTED_OUT", "on", today.toString()));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"reason\"");
        assertThat(officer.post(path(victim, "/end-support"), Map.of("outcome", "SUPPORT_COMPLETED",
                "on", today.toString(), "reason", "x")).status()).isEqualTo(400);

        ApiClient.Response optedOut = officer.post(path(victim, "/end-support"),
                Map.of("outcome", "OPTED_OUT", "on", today.toString(), "reason", "No more calls"));

        assertThat(optedOut.status()).isEqualTo(200);
        assertThat(optedOut.json().get("closure").get("outcome").asText()).isEqualTo("OPTED_OUT");
        assertThat(optedOut.json().get("currentTasks")).isEmpty();
    }

    @Test
    void shouldReopenAClosedReferralUnderTheSameReference_showingClosureAndReopeningOnTheTimeline() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        LocalDate today = LocalDate.now(clock);
        ApiClient officer = ApiClient.signedIn(port, OFFICER);
        officer.post(path(victim, "/end-support"),
                Map.of("outcome", "WITHDRAWN", "on", today.toString(), "reason", "Too upset to talk"));
        long before = lastAuditId();

        ApiClient.Response reopened = officer.post(path(victim, "/reopen"), Map.of("reason", "Victim rang back"));

        assertThat(reopened.status()).isEqualTo(200);
        JsonNode referral = reopened.json();
        assertThat(referral.get("reference").asText()).isEqualTo(victim.reference());
        assertThat(referral.get("stage").asText()).isEqualTo("AWAITING_FIRST_CONTACT");
        assertThat(referral.get("closure").isNull()).isTrue();
        assertThat(taskKeys(referral)).containsExactly("Task_FirstContact");
        assertThat(StreamSupport.stream(referral.get("timeline").spliterator(), false)
                .map(e -> e.get("kind").asText() + " " + e.get("reason").asText()).toList())
                .containsExactly("CLOSED Too upset to talk", "REOPENED Victim rang back");
        assertThat(alterationsSince(before)).containsExactly(victim.reference());
        assertThat(officer.post(path(victim, "/reopen"), Map.of("reason", "Again")).status())
                .as("an open referral cannot be reopened").isEqualTo(409);
    }

    @Test
    void shouldRefuseToReopenWhileThePersonHasAnotherOpenReferral_orWithoutAReason() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        LocalDate today = LocalDate.now(clock);
        ApiClient officer = ApiClient.signedIn(port, OFFICER);
        officer.post(path(victim, "/end-support"),
                Map.of("outcome", "OPTED_OUT", "on", today.toString(), "reason", "No more calls"));
        assertThat(officer.post(path(victim, "/reopen"), Map.of("reason", " ")).status()).isEqualTo(400);
        String later = referrals.referListing(victim.victimId(), "NFIB3A",
                "NFRC-VC-" + VictimCareTestReferrals.suffix(), today, List.of("AGED_70_OR_OVER"));

        ApiClient.Response refused = officer.post(path(victim, "/reopen"), Map.of("reason", "Wants support now"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains(later);
        assertThat(officer.get(path(victim, "")).json().get("stage").asText()).isEqualTo("CLOSED");
    }

    @Test
    void shouldCloseAsOptedOutWhenAContactIsLoggedAsVictimOptedOut() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        LocalDate today = LocalDate.now(clock);
        referrals.complete(victim.reference(), "Task_FirstContact", OFFICER, assessment(today, true, false));
        referrals.complete(victim.reference(), "Task_ContactPlan", OFFICER, Map.of("contacts", List.of(
                Map.of("dueOn", today.toString(), "channel", "PHONE"),
                Map.of("dueOn", today.plusDays(10).toString(), "channel", "PHONE"))));
        ApiClient officer = ApiClient.signedIn(port, OFFICER);
        String taskId = officer.get(path(victim, "")).json().get("currentTasks").get(0).get("id").asText();
        officer.post("/api/tasks/" + taskId + "/claim");

        ApiClient.Response logged = officer.post("/api/tasks/" + taskId + "/complete",
                Map.of("contactedOn", today.toString(), "outcome", "OPTED_OUT", "notes", "No more calls, please"));

        assertThat(logged.status()).isBetween(200, 204);
        JsonNode referral = officer.get(path(victim, "")).json();
        assertThat(referral.get("stage").asText()).isEqualTo("CLOSED");
        assertThat(referral.get("closure").get("outcome").asText()).isEqualTo("OPTED_OUT");
        assertThat(referral.get("currentTasks")).as("the later contact is cancelled").isEmpty();
        assertThat(jdbc.sql("SELECT result FROM sla_clock WHERE case_reference = ? AND sla_id = 'planned-victim-contact'")
                .param(victim.reference()).query(String.class).list()).as("the logged contact and the one cancelled")
                .containsExactly("OPTED_OUT", "OPTED_OUT");
    }

    @Test
    void shouldRefuseLifecycleActionsToOtherRoles() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        ApiClient other = ApiClient.signedIn(port, "ecu.officer");

        assertThat(other.post(path(victim, "/end-support"), Map.of("outcome", "WITHDRAWN",
                "on", LocalDate.now(clock).toString(), "reason", "x")).status()).isEqualTo(403);
        assertThat(other.post(path(victim, "/reopen"), Map.of("reason", "x")).status()).isEqualTo(403);
    }

    private static String path(VictimCareTestReferrals.Referred victim, String tail) {
        return "/api/victim-care/referrals/" + victim.reference() + tail;
    }

    private static List<String> taskKeys(JsonNode referral) {
        return StreamSupport.stream(referral.get("currentTasks").spliterator(), false)
                .map(t -> t.get("taskKey").asText()).toList();
    }

    private List<String> firstContactClocks(VictimCareTestReferrals.Referred victim) {
        return jdbc.sql("SELECT result FROM sla_clock WHERE case_reference = ? AND sla_id = 'victim-first-contact' ORDER BY id")
                .param(victim.reference()).query(String.class).list();
    }

    private List<Object> alterationsSince(long before) {
        return jdbc.sql("""
                        SELECT record_ids[1] FROM audit_event
                        WHERE id > ? AND operation = 'ALTERATION' AND record_type = 'victim-referral' ORDER BY id""")
                .param(before).query().singleColumn();
    }

    private long lastAuditId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
    }
}
