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
 * The application is killed ({@code kill -9}) part-way through a 10,000-row dissemination import and
 * started again: the import carries on from its last committed batch, and every good row is one crime
 * with one fraud triage process, none lost and none doubled.
 */
@Tag("separate-jvm")
class CrashDuringImportTest {

    private static final String PREFIX = "NFRC-CRASH";

    private final NodesOnOneDatabase nodes = new NodesOnOneDatabase();
    private final NodeDatabase database = nodes.database();
    private ApplicationNode first;
    private ApplicationNode second;

    @AfterEach
    void stopEverything() throws Exception {
        nodes.close();
    }

    @Test
    void shouldFinishAnImportCutShortByAKillWithEveryGoodRowOneCaseWithOneProcess() {
        DisseminationFile file = DisseminationFile.of(PREFIX, 10_000, 200);
        first = nodes.start("crash-import-first");
        ApiClient officer = first.signedIn("ecu.officer");
        ApiClient.Response upload = officer.upload("/api/intake/disseminations", "crash.csv", file.content());
        assertThat(upload.status()).as(upload.body()).isEqualTo(202);
        String importId = upload.json().get("id").asText();

        JsonNode partWay = await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> officer.get("/api/intake/imports/" + importId).json(),
                        job -> job.get("goodRowsDone").asInt() >= 500);
        assertThat(first.kill()).isEqualTo(ApplicationNode.KILLED);

        JdbcClient jdbc = database.jdbc();
        int doneAtCrash = jdbc.sql("SELECT good_rows_done FROM casework.import_job WHERE id = ?::uuid")
                .param(importId).query(Integer.class).single();
        assertThat(doneAtCrash).as("killed part-way").isGreaterThanOrEqualTo(partWay.get("goodRowsDone").asInt())
                .isLessThan(file.goodReferences().size());
        assertThat(crimesByReference(jdbc)).hasSize(doneAtCrash);

        second = nodes.start("crash-import-second");
        ApiClient officerAgain = second.signedIn("ecu.officer");
        JsonNode finished = await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                .until(() -> officerAgain.get("/api/intake/imports/" + importId).json(),
                        job -> "COMPLETED".equals(job.get("status").asText()));

        assertThat(finished.get("totalRows").asInt()).isEqualTo(10_000);
        assertThat(finished.get("errorRows").asInt()).isEqualTo(file.badReferences().size());
        assertThat(finished.get("goodRowsDone").asInt()).isEqualTo(file.goodReferences().size());
        assertThat(finished.get("casesCreated").asInt()).isEqualTo(file.goodReferences().size());
        assertThat(finished.get("duplicates").asInt()).isZero();

        Map<String, Integer> crimes = crimesByReference(jdbc);
        assertThat(crimes.keySet()).containsExactlyInAnyOrderElementsOf(file.goodReferences());
        assertThat(crimes.values()).containsOnly(1);
        Map<String, Integer> processes = triageProcessesByBusinessKey(jdbc);
        assertThat(processes.keySet()).as("no process without its crime, no crime without its process")
                .containsExactlyInAnyOrderElementsOf(file.goodReferences());
        assertThat(processes.values()).containsOnly(1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
                        WHERE e.business_key_ LIKE ? AND t.task_def_key_ = 'Task_Triage'""")
                .param(PREFIX + "-%").query(Integer.class).single())
                .as("every case waits at triage").isEqualTo(file.goodReferences().size());
    }

    private static Map<String, Integer> crimesByReference(JdbcClient jdbc) {
        return jdbc.sql("SELECT crime_reference, count(*) FROM casework.crime WHERE crime_reference LIKE ? GROUP BY 1")
                .param(PREFIX + "-%")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Map<String, Integer> triageProcessesByBusinessKey(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT business_key_, count(*) FROM act_hi_procinst
                        WHERE proc_def_key_ = 'fraud-triage' AND business_key_ LIKE ? GROUP BY 1""")
                .param(PREFIX + "-%")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
