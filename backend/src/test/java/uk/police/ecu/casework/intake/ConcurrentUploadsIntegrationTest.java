package uk.police.ecu.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * A thousand small files uploaded at once by fifty people, half dissemination files from the ECU and
 * half weekly victim lists from victim care: every file is taken (or refused with a time to try again,
 * and then taken), every row becomes exactly one case, and the application keeps its memory.
 */
@IntegrationTest
@DisplayName("1,000 concurrent uploads to POST /api/intake/disseminations and /api/intake/victim-lists")
class ConcurrentUploadsIntegrationTest {

    private static final int FILES = 1_000;
    private static final int PEOPLE = 50;
    private static final int ROWS_PER_FILE = 3;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void shouldTakeEveryFile_makeEveryRowExactlyOneCase_andKeepTheHeapBounded() throws Exception {
        long heapBefore = ServerMemory.heapAfterGcMb();
        ExecutorService people = Executors.newFixedThreadPool(PEOPLE);
        // Each at a machine of their own, signed in one after another as a morning's logins come; then all at once.
        List<ApiClient> clients = IntStream.range(0, PEOPLE)
                .mapToObj(i -> ApiClient.signedIn(port, user(i), "198.51.100." + (i + 1))).toList();
        AtomicInteger retries = new AtomicInteger();
        long started = System.nanoTime();

        List<Future<Integer>> uploads = new ArrayList<>();
        for (int person = 0; person < PEOPLE; person++) {
            ApiClient client = clients.get(person);
            int first = person;
            uploads.add(people.submit(() -> {
                int accepted = 0;
                for (int file = first; file < FILES; file += PEOPLE) {
                    accepted += uploadUntilTaken(client, file, retries);
                }
                return accepted;
            }));
        }
        int accepted = uploads.stream().mapToInt(ConcurrentUploadsIntegrationTest::get).sum();
        long uploadedMs = (System.nanoTime() - started) / 1_000_000;
        people.shutdown();

        assertThat(accepted).isEqualTo(FILES);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() -> jdbc.sql(
                "SELECT count(*) FROM import_job WHERE file_name LIKE ? AND status = 'RUNNING'")
                .param("load-" + run + "-%").query(Integer.class).single() == 0);
        long importedMs = (System.nanoTime() - started) / 1_000_000;
        long heapAfter = ServerMemory.heapAfterGcMb();
        System.out.printf("%d uploads taken in %d ms (%d asked to retry), all imported after %d ms; "
                + "heap after GC %d MB before, %d MB after%n", FILES, uploadedMs, retries.get(), importedMs, heapBefore, heapAfter);

        assertThat(jdbc.sql("""
                        SELECT count(*) FILTER (WHERE status = 'COMPLETED' AND cases_created = ? AND duplicates = 0
                            AND error_rows = 0)
                        FROM import_job WHERE file_name LIKE ?""")
                .params(ROWS_PER_FILE, "load-" + run + "-%").query(Integer.class).single())
                .as("files imported whole").isEqualTo(FILES);
        int rowsOfEachKind = FILES / 2 * ROWS_PER_FILE;
        assertThat(countAndDistinct("SELECT count(*), count(DISTINCT crime_reference) FROM crime WHERE crime_reference LIKE ?"))
                .as("crimes from dissemination rows").containsExactly(rowsOfEachKind, rowsOfEachKind);
        assertThat(countAndDistinct("""
                SELECT count(*), count(DISTINCT business_key_) FROM act_ru_execution
                WHERE id_ = proc_inst_id_ AND business_key_ LIKE ?"""))
                .as("triage processes, one per crime").containsExactly(rowsOfEachKind, rowsOfEachKind);
        assertThat(countAndDistinct("SELECT count(*), count(DISTINCT crime_reference) FROM victim_listing WHERE crime_reference LIKE ?"))
                .as("listings from victim list rows").containsExactly(rowsOfEachKind, rowsOfEachKind);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM victim_listing l
                        WHERE l.crime_reference LIKE ? AND l.referral_reference IS NOT NULL AND 1 <> (
                            SELECT count(*) FROM act_ru_execution e WHERE e.id_ = e.proc_inst_id_
                            AND e.business_key_ = l.referral_reference)""")
                .param("CU" + run + "-%").query(Integer.class).single())
                .as("referred listings without exactly one referral process").isZero();
        assertThat(heapAfter - heapBefore).as("MB of heap kept after 1,000 imports").isLessThan(100);
        assertThat(clients.get(0).get("/api/auth/session").status()).isEqualTo(200);
    }

    /** Uploads one file, trying again each second while the server asks to, as the import page tells its user to. */
    private int uploadUntilTaken(ApiClient client, int file, AtomicInteger retries) {
        boolean disseminations = file % 2 == 0;
        String path = disseminations ? "/api/intake/disseminations" : "/api/intake/victim-lists";
        byte[] content = (disseminations ? disseminationFile(file) : victimListFile(file)).getBytes(StandardCharsets.UTF_8);
        ApiClient.Response taken = await().atMost(Duration.ofMinutes(5)).pollInSameThread()
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    ApiClient.Response response = client.upload(path, "load-" + run + "-" + file + ".csv", content);
                    if (response.status() == 503) {
                        assertThat(response.header("Retry-After")).isNotNull();
                        retries.incrementAndGet();
                    }
                    return response;
                }, response -> response.status() != 503);
        assertThat(taken.status()).as(taken.body()).isEqualTo(202);
        return 1;
    }

    private String disseminationFile(int file) {
        StringBuilder csv = new StringBuilder("crime_reference,reported_date,nfib_code,victim_type,victim_name,loss_gbp\n");
        for (int row = 1; row <= ROWS_PER_FILE; row++) {
            csv.append("CU%s-%d-%d,2026-10-01,NFIB3A,INDIVIDUAL,Load Victim %d,%d\n".formatted(run, file, row, row, 100 * row));
        }
        return csv.toString();
    }

    private String victimListFile(int file) {
        StringBuilder csv = new StringBuilder("crime_reference,reported_date,nfib_code,victim_forename,victim_surname,ndm_score\n");
        for (int row = 1; row <= ROWS_PER_FILE; row++) {
            csv.append("CU%s-%d-%d,2026-10-01,NFIB3A,Load,Victim%s%d%d,%d\n".formatted(run, file, row, run, file, row, 2 + row));
        }
        return csv.toString();
    }

    private List<Integer> countAndDistinct(String sql) {
        return jdbc.sql(sql).param("CU" + run + "-%")
                .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2))).single();
    }

    private static String user(int person) {
        return person % 2 == 0 ? "ecu.officer" : "victim.care";
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
