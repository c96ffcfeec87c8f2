package uk.police.ecu.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * Imports held by other nodes under a lease: one whose node has died (its lease run out) is taken over by
 * this node's sweep and finished, every row one crime with one triage process; one whose node is alive (its
 * lease live) is left to that node until its lease runs out.
 */
@IntegrationTest
class ImportLeaseIntegrationTest {

    private static final String DEAD_NODE = "dead-node.example:8080";
    private static final String LIVE_NODE = "live-node.example:8080";

    @LocalServerPort
    int port;

    @Autowired
    ImportJobRepository jobs;

    @Autowired
    FileImportRunner runner;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void shouldFinishAnImportLeftRunningByADeadNodeWithEveryRowImportedOnce() {
        List<String> references = references("NFRC-LEASE-DEAD", 250);
        UUID id = leftRunningBy(DEAD_NODE, references, "now() - interval '1 minute'");

        runner.sweep();

        JsonNode finished = finished(id);
        assertThat(finished.get("goodRowsDone").asInt()).isEqualTo(250);
        assertThat(finished.get("casesCreated").asInt()).isEqualTo(250);
        assertThat(finished.get("duplicates").asInt()).isZero();
        assertEveryRowOnce("NFRC-LEASE-DEAD", references);
    }

    @Test
    void shouldLeaveAnImportToTheLiveNodeHoldingItUntilItsLeaseRunsOut() {
        List<String> references = references("NFRC-LEASE-LIVE", 120);
        UUID id = leftRunningBy(LIVE_NODE, references, "now() + interval '1 hour'");

        runner.sweep();

        assertThat(leaseOwner(id)).as("the live node keeps its import").isEqualTo(LIVE_NODE);
        JsonNode untouched = officer().get("/api/intake/imports/" + id).json();
        assertThat(untouched.get("status").asText()).isEqualTo("RUNNING");
        assertThat(untouched.get("goodRowsDone").asInt()).as("not a row imported here").isZero();
        assertThat(crimesByReference("NFRC-LEASE-LIVE")).isEmpty();

        // The live node dies after all: once its lease runs out the import is taken over and finished.
        jdbc.sql("UPDATE import_job SET lease_expires_at = now() - interval '1 second' WHERE id = :id")
                .param("id", id).update();
        runner.sweep();

        assertThat(finished(id).get("goodRowsDone").asInt()).isEqualTo(120);
        assertEveryRowOnce("NFRC-LEASE-LIVE", references);
    }

    /** A checked dissemination file left running by another node, its lease expiring at {@code leaseExpiry}. */
    private UUID leftRunningBy(String node, List<String> references, String leaseExpiry) {
        LocalDate reported = LocalDate.now(clock).minusDays(3);
        StringBuilder csv = new StringBuilder("crime_reference,reported_date,nfib_code,victim_type,victim_name,loss_gbp\n");
        for (int i = 0; i < references.size(); i++) {
            csv.append("%s,%s,NFIB3A,INDIVIDUAL,Victim %d,%d\n".formatted(references.get(i), reported, i, 100 + i));
        }
        byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
        UUID id = UUID.randomUUID();
        jobs.create(id, DisseminationImport.KIND, "left-by-" + node + ".csv", FileImports.sha256(content), content,
                "ecu.officer");
        jobs.checked(id, references.size(), 0, TextEncoding.UTF_8);
        jdbc.sql("UPDATE import_job SET lease_owner = :node, lease_expires_at = " + leaseExpiry + " WHERE id = :id")
                .param("node", node).param("id", id).update();
        return id;
    }

    private JsonNode finished(UUID id) {
        ApiClient officer = officer();
        JsonNode job = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> officer.get("/api/intake/imports/" + id).json(),
                        j -> !"RUNNING".equals(j.get("status").asText()));
        assertThat(job.get("status").asText()).isEqualTo("COMPLETED");
        return job;
    }

    private void assertEveryRowOnce(String prefix, List<String> references) {
        Map<String, Integer> crimes = crimesByReference(prefix);
        assertThat(crimes.keySet()).containsExactlyInAnyOrderElementsOf(references);
        assertThat(crimes.values()).containsOnly(1);
        Map<String, Integer> processes = jdbc.sql("""
                        SELECT business_key_, count(*) FROM act_hi_procinst
                        WHERE proc_def_key_ = 'fraud-triage' AND business_key_ LIKE :prefix GROUP BY 1""")
                .param("prefix", prefix + "-%")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(processes.keySet()).containsExactlyInAnyOrderElementsOf(references);
        assertThat(processes.values()).containsOnly(1);
    }

    private Map<String, Integer> crimesByReference(String prefix) {
        return jdbc.sql("SELECT crime_reference, count(*) FROM crime WHERE crime_reference LIKE :prefix GROUP BY 1")
                .param("prefix", prefix + "-%")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private String leaseOwner(UUID id) {
        return jdbc.sql("SELECT lease_owner FROM import_job WHERE id = :id").param("id", id).query(String.class).single();
    }

    private ApiClient officer() {
        return ApiClient.signedIn(port, "ecu.officer");
    }

    private static List<String> references(String prefix, int rows) {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            references.add("%s-%05d".formatted(prefix, i));
        }
        return references;
    }
}
