package uk.police.ecu.casework.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * June 2096 and the 30 days before it (2 to 31 May), which no other test reaches: the Protect activity victim care
 * reports on APMIS, with activity on the days either side of both periods left out.
 */
@IntegrationTest
class BoardReportProtectIntegrationTest {

    private static final String JUNE = "from=2096-06-01&to=2096-06-30";

    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @BeforeEach
    void recordActivity() {
        activity("SOCIAL_MEDIA_POST", "2096-06-01", 1200);
        activity("SOCIAL_MEDIA_POST", "2096-06-30", 800);
        activity("SOCIAL_MEDIA_POST", "2096-06-15", 0);
        activity("OUTREACH_EVENT", "2096-06-10", 45);
        // The previous period, 2 to 31 May.
        activity("SOCIAL_MEDIA_POST", "2096-05-02", 500);
        activity("OUTREACH_EVENT", "2096-05-31", 30);
        activity("OUTREACH_EVENT", "2096-05-20", 15);
        // Outside both.
        activity("SOCIAL_MEDIA_POST", "2096-05-01", 9000);
        activity("OUTREACH_EVENT", "2096-07-01", 900);
    }

    @AfterEach
    void removeIt() {
        jdbc.sql("DELETE FROM protect_activity WHERE title = 'BRD96 activity'").update();
    }

    @Test
    void shouldCountPostsImpressionsEventsAndPeopleEngagedForBothPeriods() {
        JsonNode protect = ApiClient.signedIn(port, "analyst").get("/api/board-report?" + JUNE).json()
                .get("protectActivity");

        assertThat(protect).hasSize(4);
        count(protect.get(0), "SOCIAL_MEDIA_POSTS", 3, 1, 2, "200.0");
        count(protect.get(1), "IMPRESSIONS", 2000, 500, 1500, "300.0");
        count(protect.get(2), "OUTREACH_EVENTS", 1, 2, -1, "-50.0");
        count(protect.get(3), "PEOPLE_ENGAGED", 45, 45, 0, "0.0");
    }

    @Test
    void shouldWriteTheProtectFiguresIntoTheCsv() {
        String csv = ApiClient.signedIn(port, "ecu.supervisor").get("/api/board-report.csv?" + JUNE).body();

        assertThat(csv).contains("Protect activity (reported on APMIS),Social media posts,3,1,2,200.0")
                .contains("Protect activity (reported on APMIS),Impressions from social media posts,2000,500,1500,300.0")
                .contains("Protect activity (reported on APMIS),Outreach events,1,2,'-1,'-50.0")
                .contains("Protect activity (reported on APMIS),People engaged at outreach events,45,45,0,0.0");
    }

    private void activity(String kind, String heldOn, int figure) {
        jdbc.sql("""
                        INSERT INTO protect_activity (kind, held_on, title, figure, team_id, recorded_by, recorded_at)
                        VALUES (:kind, :heldOn, 'BRD96 activity', :figure, 'ecvcu', 'victim.care', :at)""")
                .param("kind", kind).param("heldOn", LocalDate.parse(heldOn)).param("figure", figure)
                .param("at", OffsetDateTime.parse(heldOn + "T12:00:00Z")).update();
    }

    private static void count(JsonNode row, String key, long current, long previous, long change, String percent) {
        assertThat(row.get("key").asText()).isEqualTo(key);
        assertThat(row.get("current").asLong()).as(key + " this period").isEqualTo(current);
        assertThat(row.get("previous").asLong()).as(key + " previous period").isEqualTo(previous);
        assertThat(row.get("change").asLong()).as(key + " change").isEqualTo(change);
        assertThat(row.get("changePercent").decimalValue()).as(key + " change %").isEqualByComparingTo(percent);
    }
}
