package uk.police.ecu.casework.victimcare;

import static org.assertj.core.api.Assertions.assertThat;

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

/** A delivery of call blockers puts stock back up; the resources page warns when stock runs low. */
@IntegrationTest
class ResourceDeliveryIntegrationTest {

    private static final String DELIVERIES = "/api/victim-care/resources/CALL_BLOCKER/deliveries";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void shouldPutStockUpByTheDelivery_recordingWhoHowManyAndWhen_asAnAuditedChange() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        int before = callBlockers(officer).get("inStock").asInt();
        long lastAudit = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);

        ApiClient.Response delivered = officer.post(DELIVERIES, Map.of("quantity", 12, "receivedOn", yesterday.toString()));

        assertThat(delivered.status()).isEqualTo(201);
        assertThat(delivered.json().get("inStock").asInt()).isEqualTo(before + 12);
        assertThat(callBlockers(officer).get("inStock").asInt()).isEqualTo(before + 12);
        // Latest delivery day first: yesterday's delivery comes after any recorded as arriving today.
        JsonNode deliveries = officer.get(DELIVERIES).json();
        JsonNode latest = StreamSupport.stream(deliveries.spliterator(), false)
                .filter(d -> d.get("receivedOn").asText().equals(yesterday.toString()))
                .findFirst().orElseThrow();
        assertThat(latest.get("quantity").asInt()).isEqualTo(12);
        assertThat(latest.get("recordedBy").asText()).isEqualTo("victim.care");
        assertThat(latest.get("recordedAt").asText()).isNotBlank();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE id > ? AND operation = 'ALTERATION'
                        AND record_type = 'protect-resource' AND record_ids[1] = 'CALL_BLOCKER'""")
                .param(lastAudit).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void shouldTakeTodayAsTheDeliveryDayWhenNoneIsGiven() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");

        assertThat(officer.post(DELIVERIES, Map.of("quantity", "3")).status()).isEqualTo(201);

        assertThat(officer.get(DELIVERIES).json().get(0).get("receivedOn").asText())
                .isEqualTo(LocalDate.now(clock).toString());
    }

    @Test
    void shouldRefuseAQuantityThatIsNotAPositiveWholeNumber_namingTheField_andAddNothing() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        int before = callBlockers(officer).get("inStock").asInt();

        for (Object quantity : new Object[] {0, -4, 2.5, "ten"}) {
            ApiClient.Response refused = officer.post(DELIVERIES, Map.of("quantity", quantity));
            assertThat(refused.status()).as("quantity %s", quantity).isEqualTo(400);
            assertThat(refused.json().at("/fieldErrors/0/field").asText()).isEqualTo("quantity");
            assertThat(refused.json().at("/fieldErrors/0/message").asText()).startsWith("How many were delivered")
                    .as("quantity %s", quantity);
        }
        for (Map<String, Object> missing : List.<Map<String, Object>>of(Map.of(), Map.of("quantity", " "))) {
            assertThat(officer.post(DELIVERIES, missing).json().at("/fieldErrors/0/message").asText())
                    .isEqualTo("Enter how many were delivered");
        }
        ApiClient.Response future = officer.post(DELIVERIES,
                Map.of("quantity", 5, "receivedOn", LocalDate.now(clock).plusDays(1).toString()));
        assertThat(future.json().at("/fieldErrors/0/field").asText()).isEqualTo("receivedOn");
        assertThat(callBlockers(officer).get("inStock").asInt()).isEqualTo(before);
    }

    @Test
    void shouldRefuseADeliveryOfAResourceWhoseStockIsNotCounted_andEveryoneButVictimCare() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");

        assertThat(officer.post("/api/victim-care/resources/PROTECT_BOOKLET/deliveries", Map.of("quantity", 5)).status())
                .isEqualTo(404);
        assertThat(ApiClient.signedIn(port, "ecu.officer").post(DELIVERIES, Map.of("quantity", 5)).status())
                .isEqualTo(403);
    }

    @Test
    void shouldWarnWhenStockIsAtOrBelowItsLowStockThreshold() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        int before = callBlockers(officer).get("inStock").asInt();
        int threshold = callBlockers(officer).get("lowStockThreshold").asInt();
        assertThat(threshold).as("seeded").isEqualTo(5);
        try {
            setStock(threshold + 1);
            assertThat(callBlockers(officer).get("lowStock").asBoolean()).isFalse();
            setStock(threshold);
            assertThat(callBlockers(officer).get("lowStock").asBoolean()).as("at the threshold").isTrue();

            JsonNode restocked = officer.post(DELIVERIES, Map.of("quantity", 1)).json();
            assertThat(restocked.get("lowStock").asBoolean()).as("above it again").isFalse();
        } finally {
            setStock(before);
        }
    }

    private JsonNode callBlockers(ApiClient officer) {
        for (JsonNode stock : officer.get("/api/victim-care/resources").json()) {
            if (stock.get("resource").asText().equals("CALL_BLOCKER")) {
                return stock;
            }
        }
        throw new AssertionError("no call blocker stock");
    }

    private void setStock(int inStock) {
        jdbc.sql("UPDATE protect_resource_stock SET in_stock = ? WHERE resource = 'CALL_BLOCKER'").param(inStock).update();
    }
}
