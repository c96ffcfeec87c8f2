package uk.police.ecu.casework.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * The evaluation figures from this test's own participants in Solihull (an area no other test uses),
 * recorded straight into the programme's tables.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationIntegrationTest {

    private static final String PERIOD = "area=solihull&from=2025-01-01&to=2025-12-31";

    @LocalServerPort
    int port;

    @Autowired
    Participants participants;

    @Autowired
    Reviews reviews;

    @Autowired
    PathwayStages stages;

    @Autowired
    FollowUps followUps;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @BeforeAll
    void recordParticipants() {
        transaction.executeWithoutResult(s -> {
            String enrolled = participant("2025-02-01", "OFFICER", "AWAITING_ASSESSMENT");
            List<Offence> before = new ArrayList<>();
            for (String day : List.of("2024-06-01", "2024-09-01", "2024-12-01", "2025-01-15")) {
                before.add(new Offence(LocalDate.parse(day), new BigDecimal("52.00"), "Supermarket"));
            }
            participants.addOffences(enrolled, before, "REFERRAL", "test");
            participants.recordEnrolment(enrolled, LocalDate.of(2025, 2, 10), "drug.worker", LocalDate.of(2026, 2, 10));
            participants.addOffences(enrolled, List.of(new Offence(LocalDate.of(2025, 3, 1), new BigDecimal("12.00"), null)),
                    "REVIEW", "test");
            reviews.plan(enrolled, 1, LocalDate.of(2025, 2, 24));
            reviews.recordEngagement(enrolled, "ATTENDED", "Secret treatment note", "test");
            reviews.plan(enrolled, 2, LocalDate.of(2025, 3, 10));
            reviews.recordEngagement(enrolled, "MISSED", null, "test");
            stages.add(enrolled, new NewStage(PathwayStage.Stage.REHAB_ADMISSION, LocalDate.of(2025, 3, 10), null, null, null), "test");
            stages.add(enrolled, new NewStage(PathwayStage.Stage.REHAB_EARLY_DISCHARGE, LocalDate.of(2025, 4, 1), null,
                    PathwayStage.DischargeReason.SELF_DISCHARGED, null), "test");
            participants.recordExit(enrolled, "EARLY_DISCHARGE_FROM_REHAB", LocalDate.of(2025, 5, 5), null);
            followUps.plan(enrolled, 3, LocalDate.of(2025, 8, 5));
            followUps.record(followUps.next(enrolled).orElseThrow().id(), true, false, null, "test", LocalDate.of(2025, 8, 6));
            String ineligible = participant("2025-03-01", "CUSTODY_ARREST_REFERRAL", "REFERRED");
            participants.recordEligibility(ineligible, List.of("UNDER_18", "AREA_NOT_LIVE"));
            participant("2025-03-02", "RETAILER_INTELLIGENCE", "DECLINED");
        });
    }

    @Test
    void shouldCountTheFunnelForTheAreaAndPeriod() {
        JsonNode area = ApiClient.signedIn(port, "analyst").get("/api/recovery/evaluation?" + PERIOD).json()
                .get("areas").get(0);

        assertThat(area.get("area").asText()).isEqualTo("solihull");
        assertThat(area.get("referrals").asLong()).isEqualTo(3);
        assertThat(area.get("referralsBySource").get("CUSTODY_ARREST_REFERRAL").asLong()).isEqualTo(1);
        assertThat(area.get("eligible").asLong()).isEqualTo(2);
        assertThat(area.get("ineligible").asLong()).isEqualTo(1);
        assertThat(area.get("ineligibilityReasons").get("AREA_NOT_LIVE").asLong()).isEqualTo(1);
        assertThat(area.get("declinedAtAssessment").asLong()).isEqualTo(1);
        assertThat(area.get("enrolments").asLong()).isEqualTo(1);
        assertThat(area.get("rehabAdmissions").asLong()).isEqualTo(1);
        assertThat(area.get("earlyDischargeReasons").get("SELF_DISCHARGED").asLong()).isEqualTo(1);
        assertThat(area.get("exitsByReason").get("EARLY_DISCHARGE_FROM_REHAB").asLong()).isEqualTo(1);
        assertThat(area.get("engagementByReview").get(0).get("engagementRate").decimalValue()).isEqualByComparingTo("1");
        assertThat(area.get("engagementByReview").get(1).get("engagementRate").decimalValue()).isEqualByComparingTo("0");
        assertThat(area.get("followUps").get(0).get("abstinent").asLong()).isEqualTo(1);
    }

    @Test
    void shouldCompareShopTheftPerWeekBeforeAndDuringParticipation() {
        JsonNode offending = ApiClient.signedIn(port, "analyst").get("/api/recovery/evaluation?" + PERIOD).json()
                .get("areas").get(0).get("offending");

        // 4 offences, £208, in the 366 days (a leap year) before enrolment; 1 offence, £12, in the 84 days (12 weeks) on the programme.
        assertThat(offending.get("before").get("offencesPerWeek").decimalValue()).isEqualByComparingTo("0.077");
        assertThat(offending.get("before").get("valueStolenPerWeekGbp").decimalValue()).isEqualByComparingTo("3.98");
        assertThat(offending.get("during").get("offencesPerWeek").decimalValue()).isEqualByComparingTo("0.083");
        assertThat(offending.get("during").get("valueStolenPerWeekGbp").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(offending.get("after").get("participants").asLong()).isEqualTo(1);
    }

    @Test
    void shouldExportTheFiguresAsCsvWithoutNamesOrNotes() {
        ApiClient.Response csv = ApiClient.signedIn(port, "admin").get("/api/recovery/evaluation.csv?" + PERIOD);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("area,from,to,measure,category,value")
                .contains("solihull,2025-01-01,2025-12-31,ineligibility_reason,UNDER_18,1")
                .contains("solihull,2025-01-01,2025-12-31,exits_by_reason,EARLY_DISCHARGE_FROM_REHAB,1")
                .doesNotContain("Evaluation Person", "Secret treatment note");
    }

    @Test
    void shouldRefuseAPeriodThatEndsBeforeItStarts() {
        ApiClient.Response response = ApiClient.signedIn(port, "analyst")
                .get("/api/recovery/evaluation?from=2025-02-01&to=2025-01-01");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("fieldErrors").get(0).get("field").asText()).isEqualTo("to");
    }

    private String participant(String referred, String source, String status) {
        String reference = participants.nextReference();
        participants.insert(reference, new ParticipantService.Referral("Evaluation Person", LocalDate.of(1980, 1, 1),
                null, "solihull", null, ParticipantService.ReferralSource.valueOf(source),
                ParticipantService.SubstanceMisuse.DRUGS, null, List.of(), null), LocalDate.parse(referred), "test");
        participants.setStatus(reference, status);
        return reference;
    }
}
