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
    ParticipantRepository participants;

    @Autowired
    ReviewRepository reviews;

    @Autowired
    PathwayStageRepository stages;

    @Autowired
    FollowUpRepository followUps;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    /**
     * Five participants alike through the programme, five found ineligible and one who declined: enough
     * people for most figures to be published, and a few counts of one to show what is withheld.
     */
    @BeforeAll
    void recordParticipants() {
        transaction.executeWithoutResult(s -> {
            for (int i = 0; i < 5; i++) {
                enrolledAndDischarged(LocalDate.of(2025, 2, 10).plusDays(i));
                String ineligible = participant("2025-03-01", "CUSTODY_ARREST_REFERRAL", "REFERRED");
                participants.recordEligibility(ineligible, List.of("UNDER_18", "AREA_NOT_LIVE"));
            }
            participant("2025-03-02", "RETAILER_INTELLIGENCE", "DECLINED");
        });
    }

    private void enrolledAndDischarged(LocalDate enrolment) {
        String enrolled = participant("2025-02-01", "OFFICER", "AWAITING_ASSESSMENT");
        List<Offence> before = new ArrayList<>();
        for (String day : List.of("2024-06-01", "2024-09-01", "2024-12-01", "2025-01-15")) {
            before.add(new Offence(LocalDate.parse(day), new BigDecimal("52.00"), "Supermarket"));
        }
        participants.addOffences(enrolled, before, "REFERRAL", "test");
        participants.recordEnrolment(enrolled, enrolment, "drug.worker", enrolment.plusYears(1));
        participants.addOffences(enrolled, List.of(new Offence(enrolment.plusDays(19), new BigDecimal("12.00"), null)),
                "REVIEW", "test");
        reviews.plan(enrolled, 1, enrolment.plusDays(14));
        reviews.recordEngagement(enrolled, "ATTENDED", "Secret treatment note", "test");
        reviews.plan(enrolled, 2, enrolment.plusDays(28));
        reviews.recordEngagement(enrolled, "MISSED", null, "test");
        stages.add(enrolled, new NewStage(PathwayStage.Stage.REHAB_ADMISSION, enrolment.plusDays(28), null, null, null), "test");
        stages.add(enrolled, new NewStage(PathwayStage.Stage.REHAB_EARLY_DISCHARGE, enrolment.plusDays(50), null,
                PathwayStage.DischargeReason.SELF_DISCHARGED, null), "test");
        participants.recordExit(enrolled, "EARLY_DISCHARGE_FROM_REHAB", enrolment.plusDays(84), null);
        followUps.plan(enrolled, 3, enrolment.plusDays(84).plusMonths(3));
        followUps.record(followUps.next(enrolled).orElseThrow().id(), "FOLLOWED_UP", true, false, null, "test",
                enrolment.plusDays(85).plusMonths(3));
    }

    @Test
    void shouldCountTheFunnelForTheAreaAndPeriod() {
        JsonNode area = ApiClient.signedIn(port, "analyst").get("/api/recovery/evaluation?" + PERIOD).json()
                .get("areas").get(0);

        assertThat(area.get("area").asText()).isEqualTo("solihull");
        // 11 referrals, 6 eligible: rounded to the nearest 5, as one retailer referral is withheld and the exact
        // totals less the shown sources would give it away.
        assertThat(area.get("referrals").asLong()).isEqualTo(10);
        assertThat(area.get("referralsBySource").get("CUSTODY_ARREST_REFERRAL").asLong()).isEqualTo(5);
        assertThat(area.get("eligible").asLong()).isEqualTo(5);
        assertThat(area.get("ineligible").asLong()).isEqualTo(5);
        assertThat(area.get("roundedToFive")).extracting(JsonNode::asText)
                .containsExactly("referrals", "eligible", "ineligible");
        assertThat(area.get("ineligibilityReasons").get("AREA_NOT_LIVE").asLong()).isEqualTo(5);
        assertThat(area.get("enrolments").asLong()).isEqualTo(5);
        assertThat(area.get("rehabAdmissions").asLong()).isEqualTo(5);
        assertThat(area.get("earlyDischargeReasons").get("SELF_DISCHARGED").asLong()).isEqualTo(5);
        assertThat(area.get("exitsByReason").get("EARLY_DISCHARGE_FROM_REHAB").asLong()).isEqualTo(5);
        assertThat(area.get("engagementByReview").get(0).get("engagementRate").decimalValue()).isEqualByComparingTo("1");
        assertThat(area.get("engagementByReview").get(1).get("engagementRate").decimalValue()).isEqualByComparingTo("0");
        assertThat(area.get("followUps").get(0).get("abstinent").asLong()).isEqualTo(5);
    }

    @Test
    void shouldWithholdCountsOfOneToFourPeople_andRatesOverThem() {
        JsonNode area = ApiClient.signedIn(port, "analyst").get("/api/recovery/evaluation?" + PERIOD).json()
                .get("areas").get(0);
        assertThat(area.get("referralsBySource").get("RETAILER_INTELLIGENCE").isNull()).isTrue();
        assertThat(area.get("declinedAtAssessment").isNull()).as("one person declined").isTrue();
        assertThat(area.get("withdrewConsent").asLong()).as("nobody: zero points at no one").isZero();

        JsonNode twoEnrolled = ApiClient.signedIn(port, "analyst")
                .get("/api/recovery/evaluation?area=solihull&from=2025-02-10&to=2025-02-11").json().get("areas").get(0);
        assertThat(twoEnrolled.get("enrolments").isNull()).isTrue();
        assertThat(twoEnrolled.at("/offending/participants").isNull()).isTrue();
        assertThat(twoEnrolled.at("/offending/before/offencesPerWeek").isNull()).as("a rate over two people").isTrue();
        assertThat(twoEnrolled.at("/offending/during/valueStolenPerWeekGbp").isNull()).isTrue();
    }

    @Test
    void shouldCompareShopTheftPerWeekBeforeAndDuringParticipation() {
        JsonNode offending = ApiClient.signedIn(port, "analyst").get("/api/recovery/evaluation?" + PERIOD).json()
                .get("areas").get(0).get("offending");

        // Each of the five: 4 offences, £208, in the year (at least 365 days) before enrolment; 1 offence, £12, in
        // the 84 days (12 weeks) on the programme.
        assertThat(offending.get("participants").asLong()).isEqualTo(5);
        assertThat(offending.get("before").get("offencesPerWeek").decimalValue()).isBetween(new BigDecimal("0.076"),
                new BigDecimal("0.077"));
        assertThat(offending.get("before").get("valueStolenPerWeekGbp").decimalValue()).isBetween(new BigDecimal("3.98"),
                new BigDecimal("3.99"));
        assertThat(offending.get("during").get("offencesPerWeek").decimalValue()).isEqualByComparingTo("0.083");
        assertThat(offending.get("during").get("valueStolenPerWeekGbp").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(offending.get("after").get("participants").asLong()).isEqualTo(5);
    }

    @Test
    void shouldExportTheFiguresAsCsvWithoutNamesOrNotes_withholdingSmallCounts() {
        ApiClient.Response csv = ApiClient.signedIn(port, "admin").get("/api/recovery/evaluation.csv?" + PERIOD);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("area,from,to,measure,category,value")
                .contains("solihull,2025-01-01,2025-12-31,ineligibility_reason,UNDER_18,5")
                .contains("solihull,2025-01-01,2025-12-31,exits_by_reason,EARLY_DISCHARGE_FROM_REHAB,5")
                .contains("solihull,2025-01-01,2025-12-31,declined_at_assessment,,<5")
                .contains("solihull,2025-01-01,2025-12-31,referrals,,~10")
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
