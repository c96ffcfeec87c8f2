package uk.police.ecu.casework.victimcare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.ecu.casework.victimcare.VictimCareTestReferrals.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/** The victim care API as a victim care officer (allowed, audited) and as other roles (refused). */
@IntegrationTest
class VictimCareApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    VictimCareTestReferrals referrals;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void shouldShowAVictimCareOfficerTheReferral_andRecordTheConsultationWithItsPurpose() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB1D");
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        long before = lastAuditId();

        ApiClient.Response response = officer.get("/api/victim-care/referrals/" + victim.reference()
                + "?purpose=First%20contact%20call");

        assertThat(response.status()).isEqualTo(200);
        JsonNode referral = response.json();
        assertThat(referral.get("reference").asText()).isEqualTo(victim.reference());
        assertThat(referral.get("victimName").asText()).isEqualTo("Edna " + victim.surname());
        assertThat(referral.get("romanceFraud").asBoolean()).isTrue();
        assertThat(referral.get("stage").asText()).isEqualTo("AWAITING_FIRST_CONTACT");
        assertThat(referral.get("maxFailedAttempts").asInt()).isEqualTo(3);
        assertThat(referral.get("assessment").isNull()).as("present, and null").isTrue();
        assertThat(referral.get("currentTasks")).singleElement()
                .satisfies(task -> assertThat(task.get("taskKey").asText()).isEqualTo("Task_FirstContact"));
        assertThat(auditSince(before, "CONSULTATION", "victim-referral"))
                .containsExactly(Map.of("record", victim.reference(), "justification", "First contact call"));
    }

    @Test
    void shouldLogAFailedAttemptWithoutClosingTheTask_asAnAuditedChange() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        long before = lastAuditId();

        ApiClient.Response logged = officer.post("/api/victim-care/referrals/" + victim.reference() + "/contact-attempts",
                Map.of("attemptedAt", clock.instant().toString(), "outcome", "NO_ANSWER", "notes", "Landline"));

        assertThat(logged.status()).isEqualTo(201);
        assertThat(logged.json().get("contactAttempts")).singleElement().satisfies(attempt -> {
            assertThat(attempt.get("outcome").asText()).isEqualTo("NO_ANSWER");
            assertThat(attempt.get("recordedBy").asText()).isEqualTo("Jo Bennett");
        });
        assertThat(logged.json().get("stage").asText()).isEqualTo("AWAITING_FIRST_CONTACT");
        assertThat(auditSince(before, "ALTERATION", "victim-referral")).extracting(row -> row.get("record"))
                .containsExactly(victim.reference());
    }

    @Test
    void shouldNameTheFieldOfABadAttempt_andSaveNothing() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        ApiClient officer = ApiClient.signedIn(port, "victim.care");

        ApiClient.Response refused = officer.post("/api/victim-care/referrals/" + victim.reference() + "/contact-attempts",
                Map.of("attemptedAt", clock.instant().plusSeconds(3600).toString(), "outcome", "NO_ANSWER"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("attemptedAt").contains("The attempt cannot be in the future");
        assertThat(jdbc.sql("SELECT count(*) FROM victim_contact_attempt WHERE referral_reference = ?")
                .param(victim.reference()).query(Integer.class).single()).isZero();
        assertThat(officer.post("/api/victim-care/referrals/VCR-NOPE/contact-attempts",
                Map.of("attemptedAt", clock.instant().toString(), "outcome", "NO_ANSWER")).status()).isEqualTo(404);
    }

    @Test
    void shouldChangeAnAgreedPlan_keepingTheReasonAndWhoChangedIt() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        LocalDate today = LocalDate.now(clock);
        referrals.complete(victim.reference(), "Task_FirstContact", "victim.care", assessment(today, true, false));
        referrals.complete(victim.reference(), "Task_ContactPlan", "victim.care",
                Map.of("contacts", List.of(Map.of("dueOn", today.plusDays(5).toString(), "channel", "PHONE"))));
        ApiClient officer = ApiClient.signedIn(port, "victim.care");

        ApiClient.Response changed = officer.send("PUT", "/api/victim-care/referrals/" + victim.reference() + "/contact-plan",
                Map.of("contacts", List.of(Map.of("dueOn", today.plusDays(2).toString(), "channel", "VISIT")),
                        "reason", "Victim asked for a home visit"));

        assertThat(changed.status()).isEqualTo(200);
        JsonNode plan = changed.json().get("contactPlan");
        assertThat(plan.get("version").asInt()).isEqualTo(2);
        assertThat(StreamSupport.stream(plan.get("contacts").spliterator(), false)
                .map(c -> c.get("dueOn").asText() + " " + c.get("status").asText()).toList())
                .containsExactly(today.plusDays(2) + " PLANNED", today.plusDays(5) + " REPLACED");
        assertThat(plan.get("changes")).singleElement().satisfies(change -> {
            assertThat(change.get("reason").asText()).isEqualTo("Victim asked for a home visit");
            assertThat(change.get("changedBy").asText()).isEqualTo("Jo Bennett");
        });
        assertThat(changed.json().get("assessment").get("supportLevel").asText()).isEqualTo("STANDARD");
        assertThat(changed.json().get("currentTasks")).singleElement().satisfies(task -> {
            assertThat(task.get("taskKey").asText()).isEqualTo("Task_PlannedContact");
            assertThat(task.get("plannedContactId").asText()).isEqualTo(plan.get("contacts").get(0).get("id").asText());
        });

        ApiClient.Response noReason = officer.send("PUT", "/api/victim-care/referrals/" + victim.reference() + "/contact-plan",
                Map.of("contacts", List.of(Map.of("dueOn", today.plusDays(2).toString(), "channel", "VISIT"))));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"reason\"");
    }

    @Test
    void shouldFindAVictimByName_andShowTheirCrimesAndReferrals() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        ApiClient officer = ApiClient.signedIn(port, "victim.care");

        JsonNode found = officer.get("/api/victim-care/victims?q=" + victim.surname()).json();
        assertThat(found.get("total").asLong()).isEqualTo(1);
        JsonNode summary = found.get("victims").get(0);
        assertThat(summary.get("id").asText()).isEqualTo(victim.victimId().toString());
        assertThat(summary.get("latestReferral").get("reference").asText()).isEqualTo(victim.reference());

        JsonNode detail = officer.get("/api/victim-care/victims/" + victim.victimId()).json();
        assertThat(detail.get("surname").asText()).isEqualTo(victim.surname());
        assertThat(detail.get("age").asInt()).isGreaterThanOrEqualTo(76);
        assertThat(detail.get("listings")).singleElement().satisfies(listing -> {
            assertThat(listing.get("crimeReference").asText()).isEqualTo(victim.crimeReference());
            assertThat(listing.get("nfibName").asText()).isNotBlank();
        });
        assertThat(detail.get("referrals")).singleElement()
                .satisfies(r -> assertThat(r.get("reference").asText()).isEqualTo(victim.reference()));
        assertThat(officer.get("/api/victim-care/victims/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void shouldCountCallBlockersInStock() {
        JsonNode stock = ApiClient.signedIn(port, "victim.care").get("/api/victim-care/resources").json();

        assertThat(stock).singleElement().satisfies(resource -> {
            assertThat(resource.get("resource").asText()).isEqualTo("CALL_BLOCKER");
            assertThat(resource.get("fundedBy").asText()).isEqualTo("POCA");
            assertThat(resource.get("inStock").isInt()).isTrue();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecu.officer", "drug.worker", "o2r.officer"})
    void shouldRefuseVictimsDetailsToEveryoneButVictimCare_andRecordTheRefusal(String username) {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        ApiClient other = ApiClient.signedIn(port, username);
        long before = lastAuditId();

        assertThat(other.get("/api/victim-care/referrals/" + victim.reference()).status()).isEqualTo(403);
        assertThat(other.get("/api/victim-care/victims/" + victim.victimId()).status()).isEqualTo(403);
        assertThat(other.get("/api/victim-care/victims?q=" + victim.surname()).status()).isEqualTo(403);
        assertThat(other.post("/api/victim-care/referrals/" + victim.reference() + "/contact-attempts",
                Map.of("attemptedAt", clock.instant().toString(), "outcome", "NO_ANSWER")).status()).isEqualTo(403);

        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE id > ? AND operation = 'ACCESS_REFUSED' AND username = ?
                          AND details->>'path' LIKE '/api/victim-care/%'""")
                .params(before, username).query(Integer.class).single()).isEqualTo(4);
        assertThat(auditSince(before, "CONSULTATION", "victim-referral")).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM victim_contact_attempt WHERE referral_reference = ?")
                .param(victim.reference()).query(Integer.class).single()).isZero();
    }

    /**
     * The product's clock is moved to a week of this test's own, two years on, so every figure of that week is
     * this test's: five of most things, published; two call blockers, withheld as fewer than five people.
     */
    @Test
    void shouldCountAWeeksReferralsByReason_screenOuts_contactsAndResources_withholdingSmallCounts() {
        LocalDate day = LocalDate.now(clock).plusYears(2).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        ClockUtil.setCurrentTime(Date.from(day.atTime(11, 0).atZone(clock.getZone()).toInstant()));
        try {
            for (int i = 0; i < 5; i++) {
                VictimCareTestReferrals.Referred romance = referrals.refer("NFIB1D",
                        "NFRC-VS-" + VictimCareTestReferrals.suffix(), day);
                jdbc.sql("UPDATE victim_listing SET screening_reasons = '{ROMANCE_FRAUD,REPEAT_VICTIM}' WHERE referral_reference = ?")
                        .param(romance.reference()).update();
                screenOut(day);
                referrals.complete(romance.reference(), "Task_FirstContact", "victim.care", assessment(day, true, true));
                referrals.complete(romance.reference(), "Task_ReferToVictimSupport", "victim.care",
                        Map.of("referredOn", day.toString(), "victimSupportReference", "VS-STATS-" + i));
                referrals.complete(romance.reference(), "Task_ContactPlan", "victim.care",
                        Map.of("contacts", List.of(Map.of("dueOn", day.toString(), "channel", "PHONE"))));
                referrals.complete(romance.reference(), "Task_PlannedContact", "victim.care", Map.of("contactedOn", day.toString(),
                        "outcome", "CONTACTED", "advice", List.of("SCAM_TRENDS"),
                        "resources", i < 2 ? List.of("PROTECT_BOOKLET", "CALL_BLOCKER") : List.of("PROTECT_BOOKLET")));
            }

            JsonNode statistics = ApiClient.signedIn(port, "victim.care").get("/api/victim-care/statistics?weeks=1").json();

            JsonNode week = statistics.get("weeks").get(0);
            assertThat(week.get("week").asText()).isEqualTo(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString());
            assertThat(week.get("referred").asInt()).isEqualTo(5);
            assertThat(week.at("/referredByReason/ROMANCE_FRAUD").asInt()).isEqualTo(5);
            assertThat(week.at("/referredByReason/REPEAT_VICTIM").asInt()).isEqualTo(5);
            assertThat(week.at("/referredByReason/AGED_70_OR_OVER").asInt()).as("nobody").isZero();
            assertThat(week.get("screenedOut").asInt()).isEqualTo(5);
            assertThat(week.get("contactsMade").asInt()).as("each assessment and each contact").isEqualTo(10);
            assertThat(week.at("/resourcesIssued/PROTECT_BOOKLET").asInt()).isEqualTo(5);
            assertThat(week.at("/resourcesIssued/CALL_BLOCKER").isNull()).as("two people: withheld").isTrue();
            assertThat(week.get("victimSupportReferrals").asInt()).isEqualTo(5);
        } finally {
            ClockUtil.reset();
        }
        assertThat(ApiClient.signedIn(port, "victim.care").get("/api/victim-care/statistics?weeks=0").status())
                .isEqualTo(400);
    }

    private void screenOut(LocalDate listed) {
        UUID victimId = UUID.randomUUID();
        jdbc.sql("INSERT INTO victim (id, forename, surname, created_at) VALUES (?, 'Screened', ?, ?)")
                .params(victimId, "Out" + VictimCareTestReferrals.suffix(), OffsetDateTime.now(clock)).update();
        jdbc.sql("""
                        INSERT INTO victim_listing (id, victim_id, crime_reference, reported_date, nfib_code, list_week,
                            screening_result, screened_at)
                        VALUES (?, ?, ?, ?, 'NFIB3A', ?, 'SCREENED_OUT', ?)""")
                .params(UUID.randomUUID(), victimId, "NFRC-SO-" + VictimCareTestReferrals.suffix(), listed.minusDays(2),
                        listed.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), OffsetDateTime.now(clock))
                .update();
    }

    private List<Map<String, Object>> auditSince(long before, String operation, String recordType) {
        return jdbc.sql("""
                        SELECT record_ids[1] AS record, justification FROM audit_event
                        WHERE id > ? AND operation = ? AND record_type = ? ORDER BY id""")
                .params(before, operation, recordType).query().listOfRows().stream()
                .map(row -> row.get("justification") == null ? Map.of("record", row.get("record"))
                        : Map.of("record", row.get("record"), "justification", row.get("justification")))
                .toList();
    }

    private long lastAuditId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
    }
}
