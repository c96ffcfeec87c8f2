package uk.police.ecu.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/** Files that are too large, not CSV text, or saved by Excel in Windows-1252, on both import endpoints. */
@IntegrationTest
@DisplayName("Bad input on POST /api/intake/disseminations and /api/intake/victim-lists")
class BadUploadIntegrationTest {

    private static final String DISSEMINATIONS = "/api/intake/disseminations";
    private static final String VICTIM_LISTS = "/api/intake/victim-lists";
    private static final String DISSEMINATION_HEADER = "crime_reference,reported_date,nfib_code,victim_type,victim_name,loss_gbp\r\n";
    private static final String VICTIM_LIST_HEADER = "crime_reference,reported_date,nfib_code,victim_forename,victim_surname,loss_gbp\r\n";
    private static final long HUNDRED_MB = 100L * 1024 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String TOO_LARGE = "The file is larger than the 25 MB limit, so nothing was imported. Check "
            + "this is the right file, or split it into files under 25 MB";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void shouldRefuseA100MbDisseminationFileWith413NamingTheLimit_importNothing_andNotReadItIntoMemory() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String row = "BIG%s,2026-10-01,NFIB3A,INDIVIDUAL,Big Victim,100\r\n".formatted(run);
        long allocatedBefore = ServerMemory.requestThreadsAllocatedMb();

        ApiClient.Response response = officer.upload(DISSEMINATIONS, "big-" + run + ".csv",
                () -> new RepeatingCsv(DISSEMINATION_HEADER, row, HUNDRED_MB), HUNDRED_MB);

        assertTooLarge(response);
        assertThat(ServerMemory.requestThreadsAllocatedMb() - allocatedBefore)
                .as("MB allocated by request threads refusing 100 MB").isLessThan(25);
        assertThat(jobsNamed("big-" + run + ".csv")).isZero();
        assertThat(count("SELECT count(*) FROM crime WHERE crime_reference = ?", "BIG" + run)).isZero();
    }

    @Test
    void shouldTellBothKindsOfUploaderTheLimitAndTheRefusalTheServerGives_beforeTheyChooseAFile() {
        for (String uploader : List.of("ecu.officer", "victim.care")) {
            ApiClient.Response response = ApiClient.signedIn(port, uploader).get("/api/intake/upload-limit");

            assertThat(response.status()).as(uploader).isEqualTo(200);
            assertThat(response.json().get("maxBytes").asLong()).as(uploader).isEqualTo(25L * 1024 * 1024);
            assertThat(response.json().get("megabytes").asLong()).as(uploader).isEqualTo(25);
            assertThat(response.json().get("refusal").asText()).as(uploader).isEqualTo(TOO_LARGE);
        }
    }

    @Test
    void shouldRefuseA100MbVictimListSentWithoutALength_afterReadingNoMoreThanTheLimit() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        String row = "BIG%s,2026-10-01,NFIB3A,Big,Victim%s,100\r\n".formatted(run, run);
        long heapBefore = ServerMemory.heapAfterGcMb();
        long allocatedBefore = ServerMemory.requestThreadsAllocatedMb();

        ApiClient.Response response = officer.upload(VICTIM_LISTS, "big-" + run + ".csv",
                () -> new RepeatingCsv(VICTIM_LIST_HEADER, row, HUNDRED_MB), -1);

        assertTooLarge(response);
        assertThat(ServerMemory.requestThreadsAllocatedMb() - allocatedBefore)
                .as("MB allocated by request threads reading 25 MB to disk and discarding 75 MB").isLessThan(25);
        assertThat(ServerMemory.heapAfterGcMb() - heapBefore).as("MB of heap kept").isLessThan(20);
        assertThat(jobsNamed("big-" + run + ".csv")).isZero();
        assertThat(count("SELECT count(*) FROM victim_listing WHERE crime_reference = ?", "BIG" + run)).isZero();
        assertThat(officer.get("/api/auth/session").status()).as("the application still answers").isEqualTo(200);
    }

    @Test
    void shouldRefuseBinaryFilesRenamedCsv_namingWhatTheyAre_andImportNothing() {
        ApiClient ecu = ApiClient.signedIn(port, "ecu.officer");
        ApiClient victimCare = ApiClient.signedIn(port, "victim.care");
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, 'x', 'l', '/'};
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertRefused(ecu.upload(DISSEMINATIONS, "workbook-" + run + ".csv", xlsx),
                "The file is not CSV text: it is an Excel workbook (.xlsx) or another zip file. "
                        + "Upload the list as a CSV file (in Excel: Save As, \"CSV UTF-8\")");
        assertRefused(victimCare.upload(VICTIM_LISTS, "photo-" + run + ".csv", png),
                "The file is not CSV text: it is a PNG image. Upload the list as a CSV file (in Excel: Save As, \"CSV UTF-8\")");
        assertThat(rejectedJobsNamed("workbook-" + run + ".csv")).isEqualTo(1);
        assertThat(rejectedJobsNamed("photo-" + run + ".csv")).isEqualTo(1);
    }

    @Test
    void shouldRefuseAFileThatTurnsIntoRandomBytesPartWay_namingTheLine_andImportNotEvenItsGoodFirstRows() {
        ApiClient ecu = ApiClient.signedIn(port, "ecu.officer");
        ApiClient victimCare = ApiClient.signedIn(port, "victim.care");
        byte[] noise = new byte[64 * 1024];
        new Random(9).nextBytes(noise);
        noise[0] = 0x01;
        byte[] dissemination = concat((DISSEMINATION_HEADER + "RND%s,2026-10-01,NFIB3A,INDIVIDUAL,A Person,10\r\n"
                .formatted(run)).getBytes(StandardCharsets.UTF_8), noise);
        byte[] victimList = concat((VICTIM_LIST_HEADER + "RND%s,2026-10-01,NFIB3A,A,Person%s,10\r\n"
                .formatted(run, run)).getBytes(StandardCharsets.UTF_8), noise);

        assertRefused(ecu.upload(DISSEMINATIONS, "noise-" + run + ".csv", dissemination),
                "The file is not CSV text: it has binary content (line 3)");
        assertRefused(victimCare.upload(VICTIM_LISTS, "noise-" + run + ".csv", victimList),
                "The file is not CSV text: it has binary content (line 3)");
        assertThat(count("SELECT count(*) FROM crime WHERE crime_reference = ?", "RND" + run)).isZero();
        assertThat(count("SELECT count(*) FROM victim_listing WHERE crime_reference = ?", "RND" + run)).isZero();
        assertThat(count("SELECT count(*) FROM import_file f JOIN import_job j ON j.id = f.job_id WHERE j.file_name = ?",
                "noise-" + run + ".csv")).as("refused files' content is not kept").isZero();
    }

    @Test
    void shouldImportADisseminationFileSavedByExcelInWindows1252_keepingAccentsAndPoundSigns() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        byte[] file = (DISSEMINATION_HEADER + "W%s,2026-10-01,NFIB3A,INDIVIDUAL,Ren\u00e9e D\u00e9sir\u00e9e,\"\u00a31,250.50\"\r\n")
                .formatted(run).getBytes(WINDOWS_1252);

        JsonNode job = officer.finishedImport(officer.upload(DISSEMINATIONS, "excel-" + run + ".csv", file));

        assertThat(job.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(job.get("encoding").asText()).isEqualTo("WINDOWS-1252");
        assertThat(job.get("casesCreated").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT victim_name FROM crime WHERE crime_reference = ?").param("W" + run)
                .query(String.class).single()).isEqualTo("Ren\u00e9e D\u00e9sir\u00e9e");
        assertThat(jdbc.sql("SELECT loss_gbp FROM crime WHERE crime_reference = ?").param("W" + run)
                .query(BigDecimal.class).single()).isEqualByComparingTo("1250.50");
    }

    @Test
    void shouldImportAVictimListSavedByExcelInWindows1252_keepingAccentsAndApostrophes() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        String surname = "O\u2019Br\u00efen" + run;
        byte[] file = (VICTIM_LIST_HEADER + "W%s,2026-10-01,NFIB3A,Zo\u00eb,%s,\u00a3120\r\n")
                .formatted(run, surname).getBytes(WINDOWS_1252);

        JsonNode job = officer.finishedImport(officer.upload(VICTIM_LISTS, "excel-" + run + ".csv", file));

        assertThat(job.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(job.get("encoding").asText()).isEqualTo("WINDOWS-1252");
        assertThat(job.get("casesCreated").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT forename || ' ' || surname FROM victim WHERE surname = ?").param(surname)
                .query(String.class).single()).isEqualTo("Zo\u00eb " + surname);
    }

    @Test
    void shouldRefuseAFileMixingUtf8AndWindows1252_namingTheLineAndTheFix_andImportNothing() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        byte[] utf8Part = (DISSEMINATION_HEADER + "MIX%s-1,2026-10-01,NFIB3A,INDIVIDUAL,Ren\u00e9e,10\r\n").formatted(run)
                .getBytes(StandardCharsets.UTF_8);
        byte[] windowsPart = "MIX%s-2,2026-10-01,NFIB3A,INDIVIDUAL,Zo\u00eb,10\r\n".formatted(run).getBytes(WINDOWS_1252);

        assertRefused(officer.upload(DISSEMINATIONS, "mixed-" + run + ".csv", concat(utf8Part, windowsPart)),
                "The file is not UTF-8 text (line 3): it mixes UTF-8 with another encoding. "
                        + "Save it as \"CSV UTF-8\" and upload it again");
        assertThat(count("SELECT count(*) FROM crime WHERE crime_reference LIKE ?", "MIX" + run + "%")).isZero();
    }

    @Test
    void shouldRefuseAFileOfTensOfThousandsOfBadRowsAsAWhole_namingTheFirstProblem_andImportNotEvenItsGoodRows() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        StringBuilder csv = new StringBuilder(DISSEMINATION_HEADER)
                .append("GOOD%s,2026-10-01,NFIB3A,INDIVIDUAL,A Person,10\r\n".formatted(run));
        for (int i = 0; i < 50_000; i++) {
            csv.append("BAD").append(run).append('-').append(i).append(",01/13/2026,NFIB3A,INDIVIDUAL,A Person,10\r\n");
        }

        ApiClient.Response response = officer.upload(DISSEMINATIONS, "wrong-" + run + ".csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("message").asText()).startsWith(
                "More than 10,000 rows would be refused, so the file is refused as a whole and nothing was imported. "
                        + "Check it is the right kind of file. The first problem is on line 3, reported_date: ");
        assertThat(count("SELECT count(*) FROM crime WHERE crime_reference = ?", "GOOD" + run)).isZero();
        assertThat(count("SELECT count(*) FROM import_report_entry e JOIN import_job j ON j.id = e.job_id "
                + "WHERE j.file_name = ?", "wrong-" + run + ".csv")).isZero();
    }

    private static void assertTooLarge(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.json().get("message").asText()).isEqualTo(TOO_LARGE);
        assertThat(response.json().at("/fieldErrors/0/field").asText()).isEqualTo("file");
    }

    private static void assertRefused(ApiClient.Response response, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("message").asText()).isEqualTo(message);
        assertThat(response.json().at("/fieldErrors/0/field").asText()).isEqualTo("file");
    }

    private int jobsNamed(String fileName) {
        return count("SELECT count(*) FROM import_job WHERE file_name = ?", fileName);
    }

    private int rejectedJobsNamed(String fileName) {
        return count("SELECT count(*) FROM import_job WHERE file_name = ? AND status = 'REJECTED' AND cases_created = 0",
                fileName);
    }

    private int count(String sql, String param) {
        return jdbc.sql(sql).param(param).query(Integer.class).single();
    }


    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** A CSV file of a given size made up on the fly: a header, then one row over and over. */
    private static final class RepeatingCsv extends InputStream {

        private final byte[] header;
        private final byte[] row;
        private final long size;
        private long position;

        RepeatingCsv(String header, String row, long size) {
            this.header = header.getBytes(StandardCharsets.UTF_8);
            this.row = row.getBytes(StandardCharsets.UTF_8);
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            long at = position++;
            return (at < header.length ? header[(int) at] : row[(int) ((at - header.length) % row.length)]) & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) read();
            }
            return n;
        }
    }
}
