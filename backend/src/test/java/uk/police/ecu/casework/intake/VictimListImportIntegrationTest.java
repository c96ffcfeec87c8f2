package uk.police.ecu.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
@DisplayName("POST /api/intake/victim-lists")
class VictimListImportIntegrationTest {

    private static final String HEADER = "crime_reference,reported_date,nfib_code,victim_forename,victim_surname,"
            + "victim_date_of_birth,victim_phone,victim_email,ndm_score,list_week\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Autowired
    RuntimeService runtime;

    /** A run-unique tag for crime references and surnames, so reruns against the same database never collide. */
    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private record Listing(UUID victimId, String screeningResult, List<String> reasons, LocalDate listWeek,
                           String referralReference) {
    }

    @Test
    void shouldImportTheGoodRowsOfAMessyList_reportEachBadRowByLineAndColumn_andRecordTheScreenedOut() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        String file = "\uFEFF Victim_Surname ,victim_forename,CRIME_REFERENCE,reported_date,nfib_code,"
                + "victim_date_of_birth,ndm_score,loss_gbp,list_week\r\n"
                + "Ellis%1$s,Margaret,VL%1$s-01,2026-11-02,NFIB1D,12/05/1948,8,\"£1,250.00\",2026-11-09\r\n"
                + "Owusu%1$s,Derek,vl%1$s-02, 03/11/2026 ,nfib3a,1990-01-01,3,200,2026-11-11\r\n"
                + "\r\n"
                + "Bad%1$s,Ann,VL%1$s-03,31/02/2026,NFIB3A,,,,2026-11-09\r\n"
                + "Bad%1$s,Ann,VL%1$s-04,2026-11-03,NFIB999X,,,,\r\n"
                + ",Ann,VL%1$s-05,2026-11-03,NFIB3A,,,,\r\n"
                + "Bad%1$s,Ann,VL%1$s-06,2026-11-03,NFIB3A,,11,,\r\n"
                + "\"Lee, Jr %1$s\",Sam,VL%1$s-07,2026-11-04,NFIB52B,,,\"1,000\",\r\n"
                + ",,,,,,,,\r\n";

        JsonNode job = officer.finishedImport(officer.upload("/api/intake/victim-lists", "messy.csv", bytes(file.formatted(run))));

        assertThat(job.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(job.get("kind").asText()).isEqualTo("VICTIM_LIST");
        assertThat(job.get("totalRows").asInt()).isEqualTo(7);
        assertThat(job.get("errorRows").asInt()).isEqualTo(3);
        assertThat(job.get("casesCreated").asInt()).isEqualTo(4);
        assertThat(job.get("referred").asInt()).isEqualTo(1);
        assertThat(job.get("screenedOut").asInt()).isEqualTo(3);
        assertThat(job.get("flagged").asInt()).as("the NFIB code not on the list").isEqualTo(1);
        assertThat(job.get("repeatVictims").asInt()).isZero();
        assertThat(job.get("duplicates").asInt()).isZero();
        assertThat(entries(officer.get("/api/intake/imports/" + job.get("id").asText() + "/report").json()))
                .extracting(e -> e.get("kind").asText(), e -> e.get("line").asInt(), e -> e.get("columnName").asText(),
                        e -> e.get("reason").asText())
                .containsExactly(
                        tuple("ERROR", 5, "reported_date", "Must be a real date"),
                        tuple("FLAGGED", 6, "nfib_code",
                                "NFIB code NFIB999X is not on the code list; screened on age, NDM score and repeat victim"),
                        tuple("ERROR", 7, "victim_surname", "Must not be blank"),
                        tuple("ERROR", 8, "ndm_score", "Must be a whole number from 1 to 10"));
        assertThat(officer.get("/api/intake/imports/" + job.get("id").asText() + "/report.csv").body())
                .startsWith("file,line,kind,column,value,reason")
                .contains("messy.csv,6,FLAGGED,nfib_code,NFIB999X,");

        Listing romance = listing("VL" + run + "-01");
        assertThat(romance.screeningResult()).isEqualTo("REFERRED");
        assertThat(romance.reasons()).containsExactlyInAnyOrder("ROMANCE_FRAUD", "AGED_70_OR_OVER",
                "NDM_SCORE_AT_OR_ABOVE_THRESHOLD");
        assertThat(romance.listWeek()).isEqualTo(LocalDate.of(2026, 11, 9));
        assertRunningReferral(romance);

        Listing screenedOut = listing("VL" + run + "-02");
        assertThat(screenedOut.screeningResult()).isEqualTo("SCREENED_OUT");
        assertThat(screenedOut.reasons()).isEmpty();
        assertThat(screenedOut.referralReference()).isNull();
        assertThat(screenedOut.listWeek()).as("the Monday of the week given").isEqualTo(LocalDate.of(2026, 11, 9));

        Listing noWeekGiven = listing("VL" + run + "-07");
        assertThat(noWeekGiven.screeningResult()).isEqualTo("SCREENED_OUT");
        assertThat(noWeekGiven.listWeek()).as("the Monday of the upload week").isEqualTo(mondayThisWeek());
        assertThat(jdbc.sql("SELECT surname FROM victim WHERE id = ?").param(noWeekGiven.victimId())
                .query(String.class).single()).isEqualTo("Lee, Jr " + run);
        assertThat(jdbc.sql("SELECT count(*) FROM victim_listing WHERE crime_reference LIKE ?")
                .param("VL" + run + "%").query(Integer.class).single()).isEqualTo(4);
        assertThat(listing("VL" + run + "-04").screeningResult()).as("screened whatever its code").isEqualTo("SCREENED_OUT");

        assertThat(collectionAudited(romance.victimId())).as("collection of the victim's details audited").isTrue();
    }

    @Test
    void shouldRefuseAListMissingARequiredColumnNamingIt_andStoreNothingOfIt() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        String file = "crime_reference,reported_date,nfib_code,victim_forename\nVL%s-NOCOL,2026-11-02,NFIB1D,Ann\n"
                .formatted(run);

        ApiClient.Response response = officer.upload("/api/intake/victim-lists", "bad.csv", bytes(file));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("message").asText())
                .startsWith("The file is missing the required column victim_surname.");
        assertThat(jdbc.sql("SELECT count(*) FROM victim_listing WHERE crime_reference = ?")
                .param("VL" + run + "-NOCOL").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM import_file f JOIN import_job j ON j.id = f.job_id
                        WHERE j.kind = 'VICTIM_LIST' AND j.status = 'REJECTED'""")
                .query(Integer.class).single()).as("no refused file kept").isZero();
    }

    @Test
    void shouldRecogniseAListSentTwiceAndARowResentAWeekLater_storingAndReferringNothingTwice() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        String week1 = HEADER
                + "VL%1$s-R1,2026-11-02,NFIB1D,Nora,Quinn%1$s,1960-03-03,,,2,2026-11-02\n"
                + "VL%1$s-R2,2026-11-02,NFIB3A,Olu,Adeyemi%1$s,1990-03-03,,,2,2026-11-02\n"
                + "VL%1$s-R3,2026-11-02,NFIB3A,Pat,Kerr%1$s,1991-03-03,,,2,2026-11-02\n";
        byte[] list = bytes(week1.formatted(run));

        JsonNode first = officer.finishedImport(officer.upload("/api/intake/victim-lists", "week-1.csv", list));
        JsonNode again = officer.finishedImport(officer.upload("/api/intake/victim-lists", "week-1-again.csv", list));

        assertThat(first.get("casesCreated").asInt()).isEqualTo(3);
        assertThat(first.get("referred").asInt()).isEqualTo(1);
        assertThat(again.get("casesCreated").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(3);
        assertThat(again.get("referred").asInt()).isZero();
        assertThat(entries(officer.get("/api/intake/imports/" + again.get("id").asText() + "/report").json()))
                .extracting(e -> e.get("kind").asText(), e -> e.get("line").asInt(), e -> e.get("value").asText())
                .containsExactly(tuple("DUPLICATE", 2, "VL" + run + "-R1"), tuple("DUPLICATE", 3, "VL" + run + "-R2"),
                        tuple("DUPLICATE", 4, "VL" + run + "-R3"));

        String week2 = HEADER
                + "VL%1$s-R1,2026-11-02,NFIB1D,NORA, quinn%1$s ,03/03/1960,,,2,2026-11-09\n"
                + "VL%1$s-R3,2026-11-02,NFIB3A,pat,KERR%1$s,,07700 900999,pat@example.com,2,2026-11-09\n"
                + "VL%1$s-R4,2026-11-10,NFIB3A,Rhea,Stone%1$s,1992-03-03,,,2,2026-11-09\n";
        JsonNode later = officer.finishedImport(officer.upload("/api/intake/victim-lists", "week-2.csv",
                bytes(week2.formatted(run))));

        assertThat(later.get("duplicates").asInt()).as("re-sent rows, one with details added").isEqualTo(2);
        assertThat(later.get("casesCreated").asInt()).isEqualTo(1);
        assertThat(later.get("repeatVictims").asInt()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM victim_listing WHERE crime_reference LIKE ?")
                .param("VL" + run + "-R%").query(Integer.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT count(*) FROM victim WHERE surname LIKE ?")
                .param("%" + run).query(Integer.class).single()).isEqualTo(4);
        Listing referred = listing("VL" + run + "-R1");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("victim-care")
                .processInstanceBusinessKey(referred.referralReference()).count()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM act_ru_variable WHERE name_ = 'listingId' AND text_ IN (
                            SELECT id::text FROM victim_listing WHERE crime_reference = ?)""")
                .param("VL" + run + "-R1").query(Integer.class).single()).as("one process for the listing").isEqualTo(1);
    }

    @Test
    void shouldLinkARepeatVictimByNameAndDateOfBirth_flagAndReferThemWhateverElse_butNeverByPhoneAlone() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        String digits = "%06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000));
        String week1 = HEADER
                + "VL%1$s-A,2026-11-02,NFIB3A,Rose,Hale%1$s,1985-06-01,,,2,2026-11-02\n"
                + "VL%1$s-C,2026-11-02,NFIB3A,Tom,Finch%1$s,1980-01-01,07700 %2$s,,2,2026-11-02\n";
        String week2 = HEADER
                + "VL%1$s-B,2026-11-09,NFIB3A, ROSE ,hale%1$s,01/06/1985,,,2,2026-11-09\n"
                + "VL%1$s-D,2026-11-09,NFIB52B,Thomas,Finch-Smith%1$s,,+44 7700 %2$s,,,2026-11-09\n";

        JsonNode first = officer.finishedImport(officer.upload("/api/intake/victim-lists", "week-1.csv",
                bytes(week1.formatted(run, digits))));
        JsonNode second = officer.finishedImport(officer.upload("/api/intake/victim-lists", "week-2.csv",
                bytes(week2.formatted(run, digits))));

        assertThat(first.get("screenedOut").asInt()).isEqualTo(2);
        assertThat(second.get("repeatVictims").asInt()).isEqualTo(1);
        assertThat(second.get("flagged").asInt()).isEqualTo(1);
        assertThat(second.get("referred").asInt()).isEqualTo(1);
        assertThat(second.get("screenedOut").asInt()).isEqualTo(1);

        Listing earlier = listing("VL" + run + "-A");
        Listing byNameAndBirth = listing("VL" + run + "-B");
        assertThat(byNameAndBirth.victimId()).isEqualTo(earlier.victimId());
        assertThat(earlier.screeningResult()).as("the earlier screening stands").isEqualTo("SCREENED_OUT");
        assertThat(byNameAndBirth.screeningResult()).isEqualTo("REFERRED");
        assertThat(byNameAndBirth.reasons()).containsExactly("REPEAT_VICTIM");
        assertRunningReferral(byNameAndBirth);

        Listing samePhone = listing("VL" + run + "-D");
        assertThat(samePhone.victimId()).as("a shared phone alone is not the same person")
                .isNotEqualTo(listing("VL" + run + "-C").victimId());
        assertThat(samePhone.reasons()).isEmpty();

        for (var victim : List.of(Map.entry(earlier.victimId(), true), Map.entry(samePhone.victimId(), false),
                Map.entry(listing("VL" + run + "-C").victimId(), false))) {
            assertThat(jdbc.sql("SELECT repeat_victim FROM victim WHERE id = ?").param(victim.getKey())
                    .query(Boolean.class).single()).isEqualTo(victim.getValue());
        }
        assertThat(jdbc.sql("SELECT count(*) FROM victim WHERE surname ILIKE ?").param("%" + run)
                .query(Integer.class).single()).as("no second person for Rose; Thomas is his own").isEqualTo(3);
        assertThat(entries(officer.get("/api/intake/imports/" + second.get("id").asText() + "/report").json()))
                .extracting(e -> e.get("kind").asText(), e -> e.get("line").asInt(), e -> e.get("reason").asText())
                .containsExactly(
                        tuple("FLAGGED", 2, "Repeat victim: also listed on VL%s-A; linked to their earlier record".formatted(run)));
    }

    @Test
    void shouldImportFiveThousandRowsInTheBackgroundWithProgress() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 5_000; i++) {
            String nfib = i % 100 == 0 ? "NFIB1D" : "NFIB3A";
            csv.append("VL%s-BULK-%04d,2026-11-02,%s,Victim,Bulk%s%d,,,,3,2026-11-02\n".formatted(run, i, nfib, run, i));
        }

        ApiClient.Response accepted = officer.upload("/api/intake/victim-lists", "bulk.csv", bytes(csv.toString()));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().get("totalRows").asInt()).isEqualTo(5_000);
        String id = accepted.json().get("id").asText();
        List<Integer> progress = new ArrayList<>();
        JsonNode done = await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    JsonNode job = officer.get("/api/intake/imports/" + id).json();
                    progress.add(job.get("rowsDone").asInt());
                    return job;
                }, job -> !"RUNNING".equals(job.get("status").asText()));

        assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.get("rowsDone").asInt()).isEqualTo(5_000);
        assertThat(done.get("referred").asInt()).isEqualTo(50);
        assertThat(done.get("screenedOut").asInt()).isEqualTo(4_950);
        assertThat(progress).isSorted().allMatch(rows -> rows <= 5_000);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM victim_listing l
                        JOIN act_ru_execution e ON e.business_key_ = l.referral_reference AND e.id_ = e.proc_inst_id_
                        WHERE l.import_job_id = CAST(? AS uuid)""")
                .param(id).query(Integer.class).single()).as("a running referral for each referred row").isEqualTo(50);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM victim_listing WHERE import_job_id = CAST(? AS uuid)
                        AND screening_decision LIKE 'victim-care-screening:%' AND ndm_threshold = 7""")
                .param(id).query(Integer.class).single()).as("each listing records the decision that screened it")
                .isEqualTo(5_000);
    }

    @Test
    void shouldShowVictimListImportsOnlyToVictimCareOfficers_andDisseminationImportsOnlyToTheEcu() {
        ApiClient victimCare = ApiClient.signedIn(port, "victim.care");
        JsonNode victimList = victimCare.finishedImport(victimCare.upload("/api/intake/victim-lists", "week.csv",
                bytes((HEADER + "VL%1$s-S1,2026-11-02,NFIB3A,Uma,Shah%1$s,,,,,\n").formatted(run))));
        String victimListJob = "/api/intake/imports/" + victimList.get("id").asText();
        ApiClient ecuOfficer = ApiClient.signedIn(port, "ecu.officer");
        JsonNode dissemination = ecuOfficer.finishedImport(ecuOfficer.upload("/api/intake/disseminations", "d.csv",
                bytes("crime_reference,reported_date,nfib_code,victim_type,victim_name\nVL%s-D1,2026-11-02,NFIB3A,INDIVIDUAL,A Person\n"
                        .formatted(run))));
        String disseminationJob = "/api/intake/imports/" + dissemination.get("id").asText();

        assertThat(victimCare.get(victimListJob + "/report.csv").status()).isEqualTo(200);
        assertThat(ids(victimCare.get("/api/intake/imports").json())).contains(victimList.get("id").asText())
                .doesNotContain(dissemination.get("id").asText());
        assertThat(victimCare.get("/api/intake/imports?kind=VICTIM_LIST").status()).isEqualTo(200);
        assertThat(victimCare.get(disseminationJob).status()).isEqualTo(403);
        assertThat(victimCare.get("/api/intake/imports?kind=DISSEMINATIONS").status()).isEqualTo(403);

        assertThat(ids(ecuOfficer.get("/api/intake/imports").json())).contains(dissemination.get("id").asText())
                .doesNotContain(victimList.get("id").asText());
        assertThat(dissemination.has("referred")).as("dissemination job JSON unchanged").isFalse();
        for (String user : List.of("ecu.officer", "ecu.supervisor", "drug.worker", "o2r.officer")) {
            ApiClient other = ApiClient.signedIn(port, user);
            assertThat(other.upload("/api/intake/victim-lists", "week.csv", bytes(HEADER + "VLX-1,2026-11-02,NFIB3A,A,B,,,,,\n"))
                    .status()).as(user).isEqualTo(403);
            for (String path : List.of(victimListJob, victimListJob + "/report", victimListJob + "/report.csv",
                    "/api/intake/imports?kind=VICTIM_LIST")) {
                assertThat(other.get(path).status()).as("%s %s", user, path).isEqualTo(403);
            }
        }
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE operation = 'ACCESS_REFUSED' AND username = 'ecu.officer'
                        AND details ->> 'path' = ?""")
                .param(victimListJob).query(Integer.class).single()).as("refusal audited").isPositive();
    }

    private Listing listing(String crimeReference) {
        return jdbc.sql("""
                        SELECT victim_id, screening_result, screening_reasons, list_week, referral_reference
                        FROM victim_listing WHERE crime_reference = ?""")
                .param(crimeReference)
                .query((rs, n) -> new Listing(rs.getObject(1, UUID.class), rs.getString(2),
                        Arrays.asList((String[]) rs.getArray(3).getArray()), rs.getObject(4, LocalDate.class),
                        rs.getString(5)))
                .single();
    }

    private void assertRunningReferral(Listing listing) {
        assertThat(listing.referralReference()).matches("VCR-\\d{6}");
        var instance = runtime.createProcessInstanceQuery().processDefinitionKey("victim-care")
                .processInstanceBusinessKey(listing.referralReference()).active().singleResult();
        assertThat(instance).as("running victim-care process for " + listing.referralReference()).isNotNull();
        assertThat(runtime.getVariables(instance.getId())).containsAllEntriesOf(Map.of("listingId",
                jdbc.sql("SELECT id::text FROM victim_listing WHERE referral_reference = ?")
                        .param(listing.referralReference()).query(String.class).single()));
    }

    private boolean collectionAudited(UUID victimId) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE operation = 'COLLECTION' AND record_type = 'victim'
                        AND ? = ANY (record_ids) AND username = 'victim.care'""")
                .param(victimId.toString()).query(Integer.class).single() > 0;
    }

    private LocalDate mondayThisWeek() {
        return LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }


    private static List<String> ids(JsonNode jobs) {
        return entries(jobs).stream().map(job -> job.get("id").asText()).toList();
    }

    private static List<JsonNode> entries(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
