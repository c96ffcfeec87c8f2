package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

@IntegrationTest
@DisplayName("/api/fraud/outcome-returns")
class OutcomeReturnIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Test
    void shouldListEachCrimeFinalisedAcrossThreeMonthsInExactlyItsOwnMonthsReturn() {
        finalised("NFRC-RET-JUL-1", "2025-07-01T00:10:00+01:00");
        finalised("NFRC-RET-JUL-2", "2025-07-31T22:59:00Z");
        finalised("NFRC-RET-AUG-1", "2025-07-31T23:30:00Z");
        finalised("NFRC-RET-AUG-2", "2025-08-15T12:00:00Z");
        finalised("NFRC-RET-SEP-1", "2025-08-31T23:30:00Z");
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");

        for (String month : List.of("2025-07", "2025-08", "2025-09")) {
            assertThat(supervisor.post("/api/fraud/outcome-returns", Map.of("month", month)).status()).isEqualTo(202);
            build(month);
        }

        assertThat(references(supervisor, "2025-07")).containsExactly("NFRC-RET-JUL-1", "NFRC-RET-JUL-2");
        assertThat(references(supervisor, "2025-08")).containsExactly("NFRC-RET-AUG-1", "NFRC-RET-AUG-2");
        assertThat(references(supervisor, "2025-09")).containsExactly("NFRC-RET-SEP-1");
        assertThat(supervisor.get("/api/fraud/outcome-returns/2025-08/csv").body())
                .startsWith("crime_reference,nfib_code,nfib_code_as_disseminated,home_office_outcome")
                .contains("NFRC-RET-AUG-1,NFIB3A,NFIB3A,18,,2025-07-31,2025-07-31T23:30Z,");
        assertThat(ApiClient.signedIn(port, "analyst").get("/api/fraud/outcome-returns/2025-09").status())
                .isEqualTo(200);
    }

    @Test
    void shouldRefuseAReturnForAMonthThatHasNotEnded() {
        ApiClient.Response response = ApiClient.signedIn(port, "ecu.supervisor")
                .post("/api/fraud/outcome-returns", Map.of("month", YearMonth.now(clock).toString()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("message").asText())
                .isEqualTo("A month's return can be built once the month has ended");
    }

    @Test
    void shouldRefuseMonthsNoReturnCanBeFor_withTheFieldNamed() {
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        for (String month : new String[] {"+999999999-12", "-4713-01", "2008-12", "2099-01", "2026-1", "20261"}) {
            ApiClient.Response asked = supervisor.post("/api/fraud/outcome-returns", Map.of("month", month));
            ApiClient.Response read = supervisor.get("/api/fraud/outcome-returns/" + month);

            assertThat(asked.status()).as(month).isEqualTo(400);
            assertThat(asked.json().at("/fieldErrors/0/field").asText()).as(month).isEqualTo("month");
            assertThat(read.status()).as(month).isEqualTo(400);
        }
    }

    private void finalised(String reference, String finalisedAt) {
        OffsetDateTime at = OffsetDateTime.parse(finalisedAt);
        jdbc.sql("""
                        INSERT INTO crime (crime_reference, reported_date, nfib_code, original_nfib_code, victim_type,
                            victim_name, status, outcome_code, home_office_outcome, outcome_date, finalised_at, received_by,
                            received_at)
                        VALUES (?, ?, 'NFIB3A', 'NFIB3A', 'INDIVIDUAL', 'Returned Victim', 'FINALISED', '18', '18', ?, ?,
                            'ecu.officer', ?)""")
                .params(reference, at.toLocalDate().minusMonths(2), at.toLocalDate(), at, at.minusMonths(1)).update();
    }

    private void build(String month) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey("monthly-outcome-return")
                .processInstanceBusinessKey("outcome-return-" + month).singleResult().getId();
        Job job = management.createJobQuery().processInstanceId(instance).singleResult();
        management.executeJob(job.getId());
    }

    private static List<String> references(ApiClient client, String month) {
        JsonNode crimes = client.get("/api/fraud/outcome-returns/" + month).json();
        return StreamSupport.stream(crimes.spliterator(), false).map(c -> c.get("crimeReference").asText())
                .filter(r -> r.startsWith("NFRC-RET-")).toList();
    }
}
