package uk.police.ecu.casework.victimcare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.ecu.casework.victimcare.VictimCareTestReferrals.vulnerability;

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

/** The assessment's support level sets the contact plan's defaults, and the referral says why. */
@IntegrationTest
class CarePlanDefaultsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    VictimCareTestReferrals referrals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void shouldOfferAHighSupportVictimWeeklyContactAndACallBlocker() {
        JsonNode defaults = assessed(vulnerability(false, false, true, false, false)).get("planDefaults");

        LocalDate today = LocalDate.now(clock);
        assertThat(defaults.get("supportLevel").asText()).isEqualTo("INTENSIVE");
        assertThat(defaults.get("contactEveryDays").asInt()).isEqualTo(7);
        assertThat(texts(defaults.get("suggestedContacts")))
                .containsExactly(today.plusDays(7).toString(), today.plusDays(14).toString(),
                        today.plusDays(21).toString(), today.plusDays(28).toString(), today.plusDays(35).toString(),
                        today.plusDays(42).toString());
        assertThat(texts(defaults.get("resources"))).containsExactly("CALL_BLOCKER", "PROTECT_BOOKLET");
        assertThat(texts(defaults.get("advice"))).contains("BANKING_SAFEGUARDING", "BANKING_PROTOCOL");
        assertThat(defaults.get("why").asText())
                .startsWith("High support: weekly contact, call blocker and Protect booklet offered; advice on ");
    }

    @Test
    void shouldOfferALowSupportVictimLessContactAndNoCallBlocker() {
        JsonNode defaults = assessed(vulnerability(false, false, false, false, false)).get("planDefaults");

        assertThat(defaults.get("supportLevel").asText()).isEqualTo("STANDARD");
        assertThat(defaults.get("contactEveryDays").asInt()).isEqualTo(28);
        assertThat(defaults.get("suggestedContacts")).hasSize(2);
        assertThat(texts(defaults.get("resources"))).containsExactly("PROTECT_BOOKLET");
        assertThat(texts(defaults.get("advice"))).containsExactly("SCAM_TRENDS");
        assertThat(defaults.get("why").asText())
                .isEqualTo("Low support: contact every 4 weeks, Protect booklet offered; advice on current scams");
    }

    @Test
    void shouldOfferAnEnhancedSupportVictimFortnightlyContact() {
        JsonNode defaults = assessed(vulnerability(true, false, false, true, false)).get("planDefaults");

        assertThat(defaults.get("supportLevel").asText()).isEqualTo("ENHANCED");
        assertThat(defaults.get("why").asText()).startsWith("Enhanced support: contact every 2 weeks, call blocker");
    }

    @Test
    void shouldHaveNoDefaultsBeforeTheVictimIsAssessed() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");

        JsonNode referral = ApiClient.signedIn(port, "victim.care")
                .get("/api/victim-care/referrals/" + victim.reference()).json();

        assertThat(referral.get("planDefaults").isNull()).as("present, and null").isTrue();
    }

    @Test
    void shouldApplyAChangedSettingToTheNextPlan() {
        Map<String, Object> before = jdbc.sql("""
                        SELECT contact_every_days, resources::text AS resources FROM victim_care_plan_default
                        WHERE support_level = 'STANDARD'""").query().singleRow();
        jdbc.sql("""
                        UPDATE victim_care_plan_default SET contact_every_days = 21, resources = ARRAY['CALL_BLOCKER']
                        WHERE support_level = 'STANDARD'""").update();
        try {
            JsonNode defaults = assessed(vulnerability(false, false, false, false, false)).get("planDefaults");

            assertThat(defaults.get("contactEveryDays").asInt()).isEqualTo(21);
            assertThat(defaults.get("suggestedContacts").get(0).asText())
                    .isEqualTo(LocalDate.now(clock).plusDays(21).toString());
            assertThat(texts(defaults.get("resources"))).containsExactly("CALL_BLOCKER");
            assertThat(defaults.get("why").asText()).startsWith("Low support: contact every 3 weeks, call blocker offered");
        } finally {
            jdbc.sql("""
                            UPDATE victim_care_plan_default SET contact_every_days = :days, resources = :resources::text[]
                            WHERE support_level = 'STANDARD'""")
                    .param("days", before.get("contact_every_days"))
                    .param("resources", before.get("resources"))
                    .update();
        }
    }

    @Test
    void shouldListEveryLevelsDefaults_fromTheMostSupportToTheLeast() {
        JsonNode all = ApiClient.signedIn(port, "victim.care").get("/api/victim-care/plan-defaults").json();

        assertThat(StreamSupport.stream(all.spliterator(), false).map(d -> d.get("supportLevel").asText()).toList())
                .containsExactly("INTENSIVE", "ENHANCED", "STANDARD");
        assertThat(ApiClient.signedIn(port, "ecu.officer").get("/api/victim-care/plan-defaults").status())
                .isEqualTo(403);
    }

    /** A referred victim, assessed at first contact with these vulnerabilities; the referral as the officer sees it. */
    private JsonNode assessed(Map<String, Object> vulnerability) {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        LocalDate today = LocalDate.now(clock);
        referrals.complete(victim.reference(), "Task_FirstContact", "victim.care",
                Map.of("contactedOn", today.toString(), "channel", "PHONE", "wantsSupport", true,
                        "vulnerability", vulnerability, "enhancedRights", Map.of("qualifies", false),
                        "consentToVictimSupport", false, "notes", "Spoke to the victim"));
        return ApiClient.signedIn(port, "victim.care").get("/api/victim-care/referrals/" + victim.reference()).json();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
