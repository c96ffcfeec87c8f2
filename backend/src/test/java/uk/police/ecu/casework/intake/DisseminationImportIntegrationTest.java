package uk.police.ecu.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

@IntegrationTest
@DisplayName("POST /api/intake/disseminations")
class DisseminationImportIntegrationTest {

    private static final String HEADER = "crime_reference,reported_date,nfib_code,victim_type,victim_name,loss_gbp\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtime;

    @Test
    void shouldImportEveryGoodRowOfAMessyFile_reportEveryBadOne_andStartNothingTwiceWhenItIsSentAgain()
            throws IOException {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        byte[] file = getClass().getResourceAsStream("/intake/messy-disseminations.csv").readAllBytes();

        JsonNode first = officer.finishedImport(officer.upload("/api/intake/disseminations", "messy.csv", file));

        assertThat(first.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(first.get("totalRows").asInt()).isEqualTo(7);
        assertThat(first.get("errorRows").asInt()).isEqualTo(3);
        assertThat(first.get("casesCreated").asInt()).isEqualTo(4);
        assertThat(first.get("flagged").asInt()).isEqualTo(1);
        for (String reference : List.of("NFRC240301001", "NFRC240301002", "NFRC240301003", "NFRC240301006")) {
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count())
                    .as(reference).isEqualTo(1);
        }
        JsonNode report = officer.get("/api/intake/imports/" + first.get("id").asText() + "/report").json();
        assertThat(entries(report)).extracting(e -> e.get("kind").asText(), e -> e.get("line").asInt())
                .contains(tuple("ERROR", 8), tuple("ERROR", 9), tuple("ERROR", 10), tuple("FLAGGED", 6));
        assertThat(officer.get("/api/intake/imports/" + first.get("id").asText() + "/report.csv").body())
                .startsWith("file,line,kind,column,value,reason")
                .contains("messy.csv,8,ERROR");
        assertThat(jdbc.sql("""
                        SELECT details->>'format' FROM audit_event WHERE operation = 'CONSULTATION'
                        AND record_type = 'import-report' AND ? = ANY (record_ids) AND username = 'ecu.officer' ORDER BY id""")
                .param(first.get("id").asText()).query(String.class).list())
                .as("the report holds victims' names: each read is on the audit trail").containsExactly("page", "csv");

        JsonNode again = officer.finishedImport(officer.upload("/api/intake/disseminations", "messy-again.csv", file));

        assertThat(again.get("casesCreated").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(4);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("NFRC240301001").count())
                .isEqualTo(1);
    }

    @Test
    void shouldRefuseAFileMissingARequiredColumnAsAWholeAndImportNothing() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        byte[] file = "crime_reference,nfib_code,victim_name\nNFRC-NOCOL-1,NFIB1D,A Person\n"
                .getBytes(StandardCharsets.UTF_8);

        ApiClient.Response response = officer.upload("/api/intake/disseminations", "bad.csv", file);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("message").asText()).contains("reported_date", "victim_type");
        assertThat(jdbc.sql("SELECT count(*) FROM crime WHERE crime_reference = 'NFRC-NOCOL-1'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void shouldImportTenThousandRowsInTheBackgroundWithProgress_untilEveryCaseWaitsAtItsFirstTask() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 10_000; i++) {
            csv.append("NFRC-BULK-%05d,2026-10-01,NFIB3A,INDIVIDUAL,Victim %d,%d\n".formatted(i, i, 100 + i));
        }

        ApiClient.Response accepted = officer.upload("/api/intake/disseminations", "bulk.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.json().get("totalRows").asInt()).isEqualTo(10_000);

        JsonNode done = officer.finishedImport(accepted);
        assertThat(done.get("casesCreated").asInt()).isEqualTo(10_000);
        assertThat(done.get("rowsDone").asInt()).isEqualTo(10_000);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
                        WHERE e.business_key_ LIKE 'NFRC-BULK-%' AND t.task_def_key_ = 'Task_Triage'""")
                .query(Integer.class).single()).isEqualTo(10_000);
    }


    private static List<JsonNode> entries(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
