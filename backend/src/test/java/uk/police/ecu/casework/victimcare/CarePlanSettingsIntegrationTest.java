package uk.police.ecu.casework.victimcare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.ecu.casework.victimcare.VictimCareTestReferrals.vulnerability;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/** A victim care supervisor changes a support level's default plan and a resource's low-stock level. */
@IntegrationTest
class CarePlanSettingsIntegrationTest {

    private static final String LOW_SUPPORT = "/api/victim-care/plan-defaults/STANDARD";
    private static final String CALL_BLOCKER_LEVEL = "/api/victim-care/resources/CALL_BLOCKER/low-stock-threshold";
    private static final Map<String, Object> THREE_WEEKLY = Map.of("name", "Low support", "contactEveryDays", 21,
            "contacts", "3", "advice", List.of("SCAM_TRENDS", "INTERNET_SAFETY"), "resources", List.of("CALL_BLOCKER"));

    @LocalServerPort
    int port;

    @Autowired
    VictimCareTestReferrals referrals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private Map<String, Object> seededDefault;
    private Map<String, Object> seededStock;

    @BeforeEach
    void rememberTheSeededSettings() {
        seededDefault = jdbc.sql("""
                        SELECT name, contact_every_days, contacts, advice::text AS advice, resources::text AS resources
                        FROM victim_care_plan_default WHERE support_level = 'STANDARD'""").query().singleRow();
        seededStock = jdbc.sql("""
                        SELECT in_stock, low_stock_threshold FROM protect_resource_stock
                        WHERE resource = 'CALL_BLOCKER'""").query().singleRow();
    }

    @AfterEach
    void putTheSeededSettingsBack() {
        jdbc.sql("""
                        UPDATE victim_care_plan_default SET name = :name, contact_every_days = :contact_every_days,
                            contacts = :contacts, advice = :advice::text[], resources = :resources::text[]
                        WHERE support_level = 'STANDARD'""").params(seededDefault).update();
        jdbc.sql("""
                        UPDATE protect_resource_stock SET in_stock = :in_stock, low_stock_threshold = :low_stock_threshold
                        WHERE resource = 'CALL_BLOCKER'""").params(seededStock).update();
    }

    @Test
    void shouldChangeALevelsDefaultPlan_asAnAuditedChangeFromTheOldToTheNew() {
        ApiClient supervisor = ApiClient.signedIn(port, "victim.care.supervisor");
        long lastAudit = lastAudit();

        ApiClient.Response changed = supervisor.send("PUT", LOW_SUPPORT, THREE_WEEKLY);

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("why").asText())
                .isEqualTo("Low support: contact every 3 weeks, call blocker offered; advice on current scams and internet safety");
        assertThat(changed.json().get("suggestedContacts")).hasSize(3);
        JsonNode listed = StreamSupport.stream(ApiClient.signedIn(port, "victim.care")
                        .get("/api/victim-care/plan-defaults").json().spliterator(), false)
                .filter(d -> d.get("supportLevel").asText().equals("STANDARD")).findFirst().orElseThrow();
        assertThat(listed.get("contactEveryDays").asInt()).as("officers see the new default").isEqualTo(21);
        Map<String, Object> audited = jdbc.sql("""
                        SELECT details->'from'->>'contactEveryDays' AS before, details->'to'->>'contactEveryDays' AS after,
                            details->'to'->'resources'->>0 AS resource
                        FROM audit_event WHERE id > ? AND operation = 'ALTERATION'
                        AND record_type = 'victim-care-plan-default' AND record_ids[1] = 'STANDARD'
                        AND username = 'victim.care.supervisor'""")
                .param(lastAudit).query().singleRow();
        assertThat(audited).containsEntry("before", "28").containsEntry("after", "21")
                .containsEntry("resource", "CALL_BLOCKER");
    }

    @Test
    void shouldRefuseBadDefaults_namingEachField_andChangeNothing() {
        ApiClient supervisor = ApiClient.signedIn(port, "victim.care.supervisor");

        ApiClient.Response refused = supervisor.send("PUT", LOW_SUPPORT, Map.of("name", " ", "contactEveryDays", 366,
                "contacts", "two", "advice", List.of("ROMANCE_FRAUD"), "resources", List.of("PANIC_ALARM")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fieldErrors(refused.json())).containsExactly(
                Map.entry("name", "Enter the support level's name"),
                Map.entry("contactEveryDays", "The number of days between contacts must be between 1 and 365"),
                Map.entry("contacts", "The number of contacts must be a whole number"),
                Map.entry("advice", "Choose each advice area from the list"),
                Map.entry("resources", "Choose each resource from the list"));
        assertThat(supervisor.send("PUT", LOW_SUPPORT, Map.of("name", "Low support", "contactEveryDays", 0,
                "contacts", 53, "advice", List.of(), "resources", List.of())).json().get("fieldErrors")).hasSize(2);
        assertThat(jdbc.sql("SELECT contact_every_days FROM victim_care_plan_default WHERE support_level = 'STANDARD'")
                .query(Integer.class).single()).isEqualTo(seededDefault.get("contact_every_days"));
    }

    @Test
    void shouldRefuseAnOfficerWhoIsNotASupervisor_andSayThereIsNoSuchLevelOrCountedStock() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        ApiClient supervisor = ApiClient.signedIn(port, "victim.care.supervisor");

        assertThat(officer.send("PUT", LOW_SUPPORT, THREE_WEEKLY).status()).isEqualTo(403);
        assertThat(officer.send("PUT", CALL_BLOCKER_LEVEL, Map.of("lowStockThreshold", 9)).status()).isEqualTo(403);
        assertThat(ApiClient.signedIn(port, "ecu.supervisor").send("PUT", LOW_SUPPORT, THREE_WEEKLY).status())
                .isEqualTo(403);
        assertThat(supervisor.send("PUT", "/api/victim-care/plan-defaults/PLATINUM", THREE_WEEKLY).status())
                .isEqualTo(404);
        assertThat(supervisor.send("PUT", "/api/victim-care/resources/PROTECT_BOOKLET/low-stock-threshold",
                Map.of("lowStockThreshold", 9)).status()).as("booklets are not counted").isEqualTo(404);
        assertThat(jdbc.sql("SELECT contact_every_days FROM victim_care_plan_default WHERE support_level = 'STANDARD'")
                .query(Integer.class).single()).isEqualTo(seededDefault.get("contact_every_days"));
    }

    @Test
    void shouldOfferTheNewDefaultToPlansAgreedAfterTheChange_whileAPlanAgreedBeforeKeepsItsDates() {
        LocalDate today = LocalDate.now(clock);
        VictimCareTestReferrals.Referred before = assessedAtLowSupport();
        List<String> agreedBefore = agreeTheSuggestedPlan(before.reference());

        ApiClient.signedIn(port, "victim.care.supervisor").send("PUT", LOW_SUPPORT, THREE_WEEKLY);
        VictimCareTestReferrals.Referred after = assessedAtLowSupport();
        List<String> agreedAfter = agreeTheSuggestedPlan(after.reference());

        assertThat(agreedAfter).containsExactly(today.plusDays(21).toString(), today.plusDays(42).toString(),
                today.plusDays(63).toString());
        assertThat(agreedBefore).containsExactly(today.plusDays(28).toString(), today.plusDays(56).toString());
        assertThat(plannedContacts(before.reference())).as("the earlier plan is untouched").isEqualTo(agreedBefore);
        assertThat(plannedContacts(after.reference())).isEqualTo(agreedAfter);
    }

    @Test
    void shouldWarnOfLowStockAtTheNewLevel_asAnAuditedChange() {
        ApiClient supervisor = ApiClient.signedIn(port, "victim.care.supervisor");
        jdbc.sql("UPDATE protect_resource_stock SET in_stock = 8 WHERE resource = 'CALL_BLOCKER'").update();
        long lastAudit = lastAudit();

        ApiClient.Response raised = supervisor.send("PUT", CALL_BLOCKER_LEVEL, Map.of("lowStockThreshold", "10"));

        assertThat(raised.status()).isEqualTo(200);
        assertThat(raised.json().get("lowStockThreshold").asInt()).isEqualTo(10);
        assertThat(raised.json().get("lowStock").asBoolean()).as("8 left, low at 10").isTrue();
        JsonNode lowered = supervisor.send("PUT", CALL_BLOCKER_LEVEL, Map.of("lowStockThreshold", 0)).json();
        assertThat(lowered.get("lowStock").asBoolean()).as("8 left, low at 0").isFalse();
        assertThat(jdbc.sql("""
                        SELECT details->'from'->>'lowStockThreshold' || ' to ' || (details->'to'->>'lowStockThreshold')
                        FROM audit_event WHERE id > ? AND operation = 'ALTERATION' AND record_type = 'protect-resource'
                        AND record_ids[1] = 'CALL_BLOCKER' ORDER BY id""")
                .param(lastAudit).query(String.class).list())
                .containsExactly(seededStock.get("low_stock_threshold") + " to 10", "10 to 0");
    }

    @Test
    void shouldRefuseALowStockLevelThatIsNotAWholeNumberOfZeroOrMore() {
        ApiClient supervisor = ApiClient.signedIn(port, "victim.care.supervisor");

        for (Object level : new Object[] {-1, "five", 2.5, " "}) {
            ApiClient.Response refused = supervisor.send("PUT", CALL_BLOCKER_LEVEL, Map.of("lowStockThreshold", level));
            assertThat(refused.status()).as("level %s", level).isEqualTo(400);
            assertThat(refused.json().at("/fieldErrors/0/field").asText()).isEqualTo("lowStockThreshold");
        }
        assertThat(jdbc.sql("SELECT low_stock_threshold FROM protect_resource_stock WHERE resource = 'CALL_BLOCKER'")
                .query(Integer.class).single()).isEqualTo(seededStock.get("low_stock_threshold"));
    }

    private VictimCareTestReferrals.Referred assessedAtLowSupport() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        referrals.complete(victim.reference(), "Task_FirstContact", "victim.care",
                Map.of("contactedOn", LocalDate.now(clock).toString(), "channel", "PHONE", "wantsSupport", true,
                        "vulnerability", vulnerability(false, false, false, false, false),
                        "enhancedRights", Map.of("qualifies", false), "consentToVictimSupport", false,
                        "notes", "Spoke to the victim"));
        return victim;
    }

    /** Agrees the plan the referral suggests, as an officer pressing "Use the suggested dates" would. */
    private List<String> agreeTheSuggestedPlan(String reference) {
        JsonNode suggested = ApiClient.signedIn(port, "victim.care").get("/api/victim-care/referrals/" + reference)
                .json().at("/planDefaults/suggestedContacts");
        List<String> dates = StreamSupport.stream(suggested.spliterator(), false).map(JsonNode::asText).toList();
        referrals.complete(reference, "Task_ContactPlan", "victim.care", Map.of("contacts",
                dates.stream().map(d -> Map.of("dueOn", d, "channel", "PHONE")).toList()));
        return dates;
    }

    private List<String> plannedContacts(String reference) {
        return jdbc.sql("""
                        SELECT due_on::text FROM victim_planned_contact WHERE referral_reference = ? AND status = 'PLANNED'
                        ORDER BY due_on""").param(reference).query(String.class).list();
    }

    private long lastAudit() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
    }

    private static List<Map.Entry<String, String>> fieldErrors(JsonNode body) {
        return StreamSupport.stream(body.get("fieldErrors").spliterator(), false)
                .map(e -> Map.entry(e.get("field").asText(), e.get("message").asText())).toList();
    }
}
