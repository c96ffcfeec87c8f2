package uk.police.ecu.casework.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.CaseworkApplication;

/**
 * The force's PostgreSQL is restarted while a dissemination file is being imported and officers are
 * working: they are told to try again in a minute (not a 500, not a wait), the application recovers
 * by itself, and every good row ends as exactly one crime with exactly one triage process.
 */
@Tag("separate-jvm")
class DatabaseRestartTest {

    private static final int ROWS = 2_000;
    private static final int EVERY_BAD_ROW = 200;
    private static final int GOOD_ROWS = ROWS - ROWS / EVERY_BAD_ROW;
    private static final String PREFIX = "NFRC-OUTAGE-";

    @TempDir
    Path dataDir;

    private int port;
    private EmbeddedPostgres postgres;
    private ConfigurableApplicationContext application;

    @AfterEach
    void stopEverything() throws IOException {
        if (application != null) {
            application.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void shouldAnswer503DuringARestart_recoverWithoutRestartingTheApplication_andLeaveNoHalfWrittenCase()
            throws IOException {
        port = freePort();
        postgres = startPostgres();
        application = startApplication();
        int http = ((WebServerApplicationContext) application).getWebServer().getPort();
        ApiClient officer = ApiClient.signedIn(http, "ecu.officer");

        ApiClient.Response accepted = officer.upload("/api/intake/disseminations", "outage.csv", file());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String job = "/api/intake/imports/" + accepted.json().get("id").asText();
        JsonNode partWay = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> officer.get(job).json(), progress -> progress.get("goodRowsDone").asInt() >= 100);

        postgres.close();
        postgres = null;

        assertThat(partWay.get("goodRowsDone").asInt()).as("stopped part-way").isLessThan(GOOD_ROWS);
        assertUnavailable(() -> officer.get("/api/tasks"));
        assertUnavailable(() -> officer.get("/api/fraud/cases/" + PREFIX + "00001"));
        assertUnavailable(() -> new ApiClient(http).login("ecu.supervisor", ApiClient.DEMO_PASSWORD));
        assertUnavailable(() -> officer.get("/api/audit/events"));
        assertUnavailable(() -> officer.get("/engine-rest/process-instance"));
        assertThat(officer.get("/actuator/health").status()).isEqualTo(503);
        assertThat(officer.get("/api/auth/session").status()).as("still signed in").isEqualTo(200);

        postgres = startPostgres();

        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> officer.get("/api/tasks").status() == 200);
        assertThat(officer.get("/actuator/health").status()).isEqualTo(200);
        assertThat(ApiClient.signedIn(http, "ecu.supervisor").get("/api/tasks").status()).isEqualTo(200);
        // Durable commits on a shared two-core machine: allow the import a generous while to finish.
        JsonNode done = await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                .until(() -> officer.get(job).json(), progress -> !"RUNNING".equals(progress.get("status").asText()));
        assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.get("casesCreated").asInt()).isEqualTo(GOOD_ROWS);
        assertThat(done.get("duplicates").asInt()).isZero();
        assertThat(officer.get("/api/fraud/cases/" + PREFIX + "00001").status()).isEqualTo(200);

        JdbcClient jdbc = application.getBean(JdbcClient.class);
        assertThat(count(jdbc, "SELECT count(*) FROM crime WHERE crime_reference LIKE 'NFRC-OUTAGE-%'"))
                .isEqualTo(GOOD_ROWS);
        assertThat(count(jdbc, """
                SELECT count(*) FROM act_ru_execution
                WHERE id_ = proc_inst_id_ AND business_key_ LIKE 'NFRC-OUTAGE-%'""")).isEqualTo(GOOD_ROWS);
        assertThat(count(jdbc, """
                SELECT count(*) FROM crime c WHERE c.crime_reference LIKE 'NFRC-OUTAGE-%' AND 1 <> (
                    SELECT count(*) FROM act_ru_execution e WHERE e.id_ = e.proc_inst_id_
                        AND e.business_key_ = c.crime_reference)""")).as("crimes without exactly one process")
                .isZero();
        assertThat(count(jdbc, """
                SELECT count(*) FROM act_ru_execution e WHERE e.id_ = e.proc_inst_id_
                    AND e.business_key_ LIKE 'NFRC-OUTAGE-%'
                    AND NOT EXISTS (SELECT 1 FROM crime c WHERE c.crime_reference = e.business_key_)"""))
                .as("processes without their crime").isZero();
    }

    private static void assertUnavailable(Supplier<ApiClient.Response> request) {
        Instant start = Instant.now();
        ApiClient.Response response = request.get();
        assertThat(Duration.between(start, Instant.now())).as("answered promptly").isLessThan(Duration.ofSeconds(15));
        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.json().get("message").asText())
                .isEqualTo("The case database is not available just now; try again in a minute");
        assertThat(response.header("Retry-After")).isEqualTo("60");
    }

    private static int count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    /** Good rows, with a row of an impossible date every so often that is refused and must not become a case. */
    private static byte[] file() {
        StringBuilder csv = new StringBuilder("crime_reference,reported_date,nfib_code,victim_type,victim_name,loss_gbp\n");
        for (int i = 1; i <= ROWS; i++) {
            String date = i % EVERY_BAD_ROW == 0 ? "2026-02-30" : "2026-10-01";
            csv.append("%s%05d,%s,NFIB3A,INDIVIDUAL,Victim %d,%d\n".formatted(PREFIX, i, date, i, 100 + i));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same port and files each time, as a restarted server would have; durable, as a real one is. */
    private EmbeddedPostgres startPostgres() throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDir).setCleanDataDirectory(false)
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100").start();
    }

    private ConfigurableApplicationContext startApplication() {
        return new SpringApplicationBuilder(CaseworkApplication.class)
                .profiles("test")
                .run("--server.port=0",
                        "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--casework.database.throwaway=false",
                        "--casework.import.batch-size=50",
                        "--casework.import.retry-after-seconds=2");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
