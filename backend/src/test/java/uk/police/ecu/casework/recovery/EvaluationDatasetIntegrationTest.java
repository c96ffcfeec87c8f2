package uk.police.ecu.casework.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * A synthetic cohort with hand-computed answers, in Dudley and Wolverhampton (areas no other test enrols
 * anyone in), dated from the product's clock. Q0 is the quarter two years before today's; every offence is
 * worth £10.
 * <ul>
 *   <li>Dudley, Q0, six people: A1 offended 5 times in the year before and once after (and once 400 days
 *       before, outside the window); A2 spent 30 days inside 31-60 days before, so the before window reaches
 *       395 days back and takes an offence 380 days back; A3 spent 50 days inside from day 100 (recorded as a
 *       programme paused for custody, resumed on day 150), so the after window runs 415 days and takes an offence on day 400; A4 is in custody since the start: no window;
 *       A5 (withdrew) and A6 never offended.</li>
 *   <li>Dudley, the quarter after Q0: B1 offended 10 days before the start, B2 never.</li>
 *   <li>Wolverhampton, Q0: five people with one offence each 50 days before the start.</li>
 *   <li>Wolverhampton, 30 days ago: D1, offences 20 and 31 days before the start and 3 days after; both
 *       windows are 30 days, cut at today.</li>
 * </ul>
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationDatasetIntegrationTest {

    private static final String AREAS = "area=dudley&area=wolverhampton";

    @LocalServerPort
    int port;

    @Autowired
    ParticipantRepository participants;

    @Autowired
    CustodyPeriodRepository custody;

    @Autowired
    PauseRepository pauses;

    @Autowired
    ProgrammeCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    private LocalDate today;
    private LocalDate q0;
    private String a1;
    private String a2;
    private String a3;
    private String a4;
    private String a5;
    private String d1;

    @BeforeAll
    void recordTheCohort() {
        today = calendar.today();
        q0 = today.with(IsoFields.DAY_OF_QUARTER, 1).minusYears(2);
        transaction.executeWithoutResult(s -> {
            a1 = enrolled("dudley", q0, -10, -20, -30, -40, -100, -400, 5);
            a2 = enrolled("dudley", q0.plusDays(1), -380);
            spell(a2, q0.plusDays(1).minusDays(60), q0.plusDays(1).minusDays(31));
            a3 = enrolled("dudley", q0.plusDays(2), 400, 420);
            pauses.start(a3, "CUSTODY", null, q0.plusDays(102), "test");
            pauses.end(pauses.open(a3).orElseThrow().id(), q0.plusDays(152), "test");
            a4 = enrolled("dudley", q0.plusDays(3), -5);
            spell(a4, q0.plusDays(3), null);
            a5 = enrolled("dudley", q0.plusDays(4));
            participants.recordExit(a5, "WITHDREW_CONSENT", q0.plusDays(54), null);
            enrolled("dudley", q0.plusDays(5));
            enrolled("dudley", q0.plusMonths(3), -10);
            enrolled("dudley", q0.plusMonths(3).plusDays(1));
            for (int i = 0; i < 5; i++) {
                enrolled("wolverhampton", q0.plusDays(i), -50);
            }
            d1 = enrolled("wolverhampton", today.minusDays(30), -20, -31, 3);
        });
    }

    @Test
    void shouldPublishEveryCohortCell_withSmallNumbersWithheldAndTotalsRounded() {
        ApiClient.Response csv = ApiClient.signedIn(port, "analyst").get("/api/recovery/evaluation/cohorts.csv?" + AREAS);

        String qA = EvaluationDataset.quarterOf(q0);
        String qB = EvaluationDataset.quarterOf(q0.plusMonths(3));
        String qD = EvaluationDataset.quarterOf(today.minusDays(30));
        String fewer = "fewer than 5";
        assertThat(lines(csv.body())).containsExactly(
                "area,start_quarter,participants,offended_before,offended_after,offences_before,offences_after",
                // A1 and A2 offended before (6 offences), A1 and A3 after (2 offences).
                "dudley," + qA + ",6," + fewer + "," + fewer + ",6," + fewer,
                "dudley," + qB + "," + String.join(",", fewer, fewer, fewer, fewer, fewer),
                // 8 people, 3 offended before, 2 after, 7 and 2 offences.
                "dudley,all,~10," + fewer + "," + fewer + ",~5," + fewer,
                "wolverhampton," + qA + ",5,5,0,5,0",
                "wolverhampton," + qD + "," + String.join(",", fewer, fewer, fewer, fewer, fewer),
                // 6 people, 6 offended before, 1 after, 6 and 1 offences.
                "wolverhampton,all,~5,~5," + fewer + ",~5," + fewer,
                // 14 people, 9 offended before, 3 after, 13 and 3 offences.
                "all,all,~15,~10," + fewer + ",~15," + fewer);
    }

    @Test
    void shouldSendTheCohortTableAsJson_withAWithheldCellAsNull() {
        var json = ApiClient.signedIn(port, "o2r.officer").get("/api/recovery/evaluation/cohorts?" + AREAS).json();

        assertThat(json).hasSize(7);
        assertThat(json.get(0).at("/participants/value").asLong()).isEqualTo(6);
        assertThat(json.get(0).at("/offendedBefore/value").isNull()).isTrue();
        assertThat(json.get(0).at("/offendedBefore/withheld").asBoolean()).isTrue();
        assertThat(json.get(6).at("/participants/value").asLong()).isEqualTo(15);
        assertThat(json.get(6).at("/participants/rounded").asBoolean()).isTrue();
    }

    @Test
    void shouldGiveOneRowPerParticipant_withEqualWindowsAtLiberty() {
        String body = ApiClient.signedIn(port, "analyst").get("/api/recovery/evaluation/dataset.csv?" + AREAS).body();
        List<String> lines = lines(body);

        assertThat(lines.get(0)).isEqualTo("pseudonymous_id,area,start_quarter,status,exit_reason,days_at_liberty,"
                + "before_calendar_days,before_custody_days,before_offences,before_value_stolen_gbp,after_calendar_days,"
                + "after_custody_days,after_offences,after_value_stolen_gbp");
        assertThat(lines).hasSize(1 + 14);
        String qA = EvaluationDataset.quarterOf(q0);
        int a4Days = (int) ChronoUnit.DAYS.between(q0.plusDays(3), today);
        assertThat(lines).contains(
                row(a1, "dudley", qA, "ENROLLED,", "365,365,0,5,50.00,365,0,1,10.00"),
                row(a2, "dudley", qA, "ENROLLED,", "365,395,30,1,10.00,365,0,0,0.00"),
                row(a3, "dudley", qA, "ENROLLED,", "365,365,0,0,0.00,415,50,1,10.00"),
                row(a4, "dudley", qA, "ENROLLED,", "0,0,0,0,0.00," + a4Days + "," + a4Days + ",0,0.00"),
                row(a5, "dudley", qA, "EXITED,WITHDREW_CONSENT", "365,365,0,0,0.00,365,0,0,0.00"),
                row(d1, "wolverhampton", EvaluationDataset.quarterOf(today.minusDays(30)), "ENROLLED,",
                        "30,30,0,1,10.00,30,0,1,10.00"));
        assertThat(body).doesNotContain(a1, "Dataset Person", "1980-01-01", today.minusDays(30).toString());
    }

    @Test
    void shouldRecordEachDownloadAsADisclosureToTheAnalyst() {
        ApiClient analyst = ApiClient.signedIn(port, "analyst");
        long before = lastAuditId();
        analyst.get("/api/recovery/evaluation/dataset.csv?" + AREAS);
        analyst.get("/api/recovery/evaluation/cohorts.csv?" + AREAS);
        analyst.get("/api/recovery/evaluation/data-dictionary.csv");

        List<String> disclosures = jdbc.sql("""
                SELECT record_type || ':' || (details->>'file') || ':' || recipient FROM audit_event
                WHERE id > :before AND operation = 'DISCLOSURE' ORDER BY id""")
                .param("before", before).query(String.class).list();
        assertThat(disclosures).containsExactly("o2r-participant:dataset.csv:analyst",
                "o2r-cohort:cohorts.csv:analyst", "o2r-data-dictionary:data-dictionary.csv:analyst");
        List<String> described = jdbc.sql("""
                SELECT unnest(record_ids) FROM audit_event WHERE id > :before AND record_type = 'o2r-participant'""")
                .param("before", before).query(String.class).list();
        assertThat(described).hasSize(14).contains(a1, d1);
    }

    @Test
    void shouldDescribeEveryColumnOfBothFiles_inTheDataDictionary() {
        ApiClient analyst = ApiClient.signedIn(port, "analyst");
        List<String> dictionary = lines(analyst.get("/api/recovery/evaluation/data-dictionary.csv").body());
        assertThat(dictionary.get(0)).isEqualTo("file,column,meaning,type,unit,rule");

        for (String file : List.of("dataset.csv", "cohorts.csv")) {
            String header = lines(analyst.get("/api/recovery/evaluation/" + file + "?" + AREAS).body()).get(0);
            for (String column : header.split(",")) {
                assertThat(dictionary).anyMatch(line -> line.startsWith(file + "," + column + ","));
            }
        }
    }

    @Test
    void shouldKeepTheFilesFromADrugWorker() {
        assertThat(ApiClient.signedIn(port, "drug.worker").get("/api/recovery/evaluation/dataset.csv").status())
                .isEqualTo(403);
    }

    private String row(String reference, String area, String quarter, String status, String figures) {
        return String.join(",", EvaluationDataset.pseudonym(reference), area, quarter, status, figures);
    }

    private static List<String> lines(String csv) {
        return Arrays.stream(csv.split("\r?\n")).toList();
    }

    private long lastAuditId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
    }

    /** A participant enrolled on {@code start}, with an offence on each of the days relative to it. */
    private String enrolled(String area, LocalDate start, int... offenceDays) {
        String reference = participants.nextReference();
        participants.insert(reference, new ParticipantService.Referral("Dataset Person", LocalDate.of(1980, 1, 1),
                null, area, null, ParticipantService.ReferralSource.OFFICER, ParticipantService.SubstanceMisuse.DRUGS,
                null, List.of(), null), start.minusDays(20), "test");
        participants.recordEnrolment(reference, start, "drug.worker", start.plusYears(1));
        participants.addOffences(reference, Arrays.stream(offenceDays)
                .mapToObj(d -> new Offence(start.plusDays(d), new BigDecimal("10.00"), null)).toList(), "REFERRAL", "test");
        return reference;
    }

    private void spell(String reference, LocalDate from, LocalDate to) {
        custody.add(reference, new CustodyPeriod.New(from, to, "PNC", null), "test");
    }
}
