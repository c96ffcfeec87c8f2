package uk.police.ecu.casework.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;

/**
 * Two nodes on one database; the node running an import is killed ({@code kill -9}) part-way through and
 * never comes back. The other node takes the import over once the dead node's lease runs out and finishes
 * it: every good row one crime with one triage process, none lost and none doubled.
 */
@Tag("separate-jvm")
class DeadNodeImportTakeoverTest {

    private static final String PREFIX = "NFRC-TAKEOVER";
    private static final int ROWS = 3_000;

    private final NodesOnOneDatabase nodes = new NodesOnOneDatabase();
    private final NodeDatabase database = nodes.database();

    @AfterEach
    void stopEverything() throws Exception {
        nodes.close();
    }

    @Test
    void shouldFinishOnTheOtherNodeAnImportWhoseNodeWasKilledWithEveryGoodRowOnce() {
        DisseminationFile file = DisseminationFile.of(PREFIX, ROWS, 100);
        ApplicationNode a = nodes.start("takeover-a", leaseSettings("node-a"));
        ApplicationNode b = nodes.start("takeover-b", leaseSettings("node-b"));
        ApiClient officerOnA = a.signedIn("ecu.officer");
        ApiClient.Response upload = officerOnA.upload("/api/intake/disseminations", "takeover.csv", file.content());
        assertThat(upload.status()).as(upload.body()).isEqualTo(202);
        String importId = upload.json().get("id").asText();

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> officerOnA.get("/api/intake/imports/" + importId).json(),
                        job -> job.get("goodRowsDone").asInt() >= 300);
        JdbcClient jdbc = database.jdbc();
        assertThat(leaseOwner(jdbc, importId)).as("the uploading node holds the import while it lives")
                .isEqualTo("node-a");
        assertThat(a.kill()).isEqualTo(ApplicationNode.KILLED);
        int doneAtKill = jdbc.sql("SELECT good_rows_done FROM casework.import_job WHERE id = ?::uuid")
                .param(importId).query(Integer.class).single();
        assertThat(doneAtKill).as("killed part-way").isLessThan(file.goodReferences().size());

        ApiClient officerOnB = b.signedIn("ecu.officer");
        JsonNode finished = await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500))
                .until(() -> officerOnB.get("/api/intake/imports/" + importId).json(),
                        job -> "COMPLETED".equals(job.get("status").asText()));

        assertThat(leaseOwner(jdbc, importId)).as("the other node took it over").isEqualTo("node-b");
        assertThat(finished.get("errorRows").asInt()).isEqualTo(file.badReferences().size());
        assertThat(finished.get("goodRowsDone").asInt()).isEqualTo(file.goodReferences().size());
        assertThat(finished.get("casesCreated").asInt()).isEqualTo(file.goodReferences().size());
        assertThat(finished.get("duplicates").asInt()).isZero();
        Map<String, Integer> crimes = countsByKey(jdbc,
                "SELECT crime_reference, count(*) FROM casework.crime WHERE crime_reference LIKE ? GROUP BY 1");
        assertThat(crimes.keySet()).containsExactlyInAnyOrderElementsOf(file.goodReferences());
        assertThat(crimes.values()).containsOnly(1);
        Map<String, Integer> processes = countsByKey(jdbc, """
                SELECT business_key_, count(*) FROM act_hi_procinst
                WHERE proc_def_key_ = 'fraud-triage' AND business_key_ LIKE ? GROUP BY 1""");
        assertThat(processes.keySet()).as("no process without its crime, no crime without its process")
                .containsExactlyInAnyOrderElementsOf(file.goodReferences());
        assertThat(processes.values()).containsOnly(1);
    }

    /** Short leases so the test need not wait the default 30 s for the dead node's lease to run out. */
    private static String[] leaseSettings(String nodeId) {
        return new String[] {
                "--casework.node-id=" + nodeId,
                "--casework.import.lease-seconds=3",
                "--casework.import.lease-sweep-seconds=1"};
    }

    private static String leaseOwner(JdbcClient jdbc, String importId) {
        return jdbc.sql("SELECT lease_owner FROM casework.import_job WHERE id = ?::uuid").param(importId)
                .query(String.class).single();
    }

    private static Map<String, Integer> countsByKey(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).param(PREFIX + "-%")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
