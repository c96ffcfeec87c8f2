package uk.police.ecu.casework.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/** The demo a new victim care officer signs in to: a victim at every stage, worked for real. */
@IntegrationTest
class VictimCareDemoDataTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldHaveADemoReferralAtEveryStage() {
        List<String> stages = jdbc.sql("""
                        SELECT DISTINCT r.stage FROM victim_referral r JOIN victim_listing l ON l.id = r.listing_id
                        WHERE l.crime_reference LIKE 'NFRC24100111%' OR l.crime_reference LIKE 'NFRC24100110%'
                           OR l.crime_reference = 'NFRC240101001'""")
                .query(String.class).list();

        assertThat(stages).containsExactlyInAnyOrder("AWAITING_FIRST_CONTACT", "UNABLE_TO_CONTACT_REVIEW", "ASSESSED",
                "CONTACT_PLAN_AGREED", "CLOSED");
    }

    @Test
    void shouldShowAPlanWithContactsLoggedDueTodayAndOverdue_andARepeatVictimOnTwoCrimes() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");

        JsonNode grace = officer.get("/api/victim-care/victims/" + victimId(officer, "Adeyemi")).json();
        JsonNode contacts = grace.get("referrals").get(0).get("contactPlan").get("contacts");
        assertThat(StreamSupport.stream(contacts.spliterator(), false).map(c -> c.get("status").asText()).toList())
                .containsExactly("LOGGED", "OVERDUE", "DUE_TODAY", "PLANNED");

        JsonNode brian = officer.get("/api/victim-care/victims/" + victimId(officer, "Brian Walsh")).json();
        assertThat(brian.get("repeatVictim").asBoolean()).isTrue();
        assertThat(brian.get("listings")).hasSize(2);
        assertThat(brian.get("referrals")).hasSize(2);
    }

    private static String victimId(ApiClient officer, String name) {
        return officer.get("/api/victim-care/victims?q=" + name.replace(" ", "%20")).json()
                .get("victims").get(0).get("id").asText();
    }
}
