package uk.police.ecu.casework.victimcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/** One person is one victim, and one referral per person at a time: weekly lists imported as officers do. */
@IntegrationTest
@DisplayName("Victim lists: one person is one victim")
class VictimIdentityIntegrationTest {

    private static final String HEADER = "crime_reference,reported_date,nfib_code,victim_forename,victim_surname,"
            + "victim_date_of_birth,victim_phone,victim_email,ndm_score,list_week\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;

    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final String digits = "%06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000));

    @Test
    void shouldKeepTwoPeopleInOneHouseholdSharingALandlineAndEmailAsTwoVictims() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        JsonNode job = imported(officer, HEADER
                + "ID%1$s-H1,2026-11-02,NFIB3A,Margaret,Ellis%1$s,12/05/1948,0121 496 %2$s,ellis%1$s@example.com,2,\n"
                + "ID%1$s-H2,2026-11-02,NFIB3A,George,Ellis%1$s,02/01/1946,+44 121 496 %2$s,ELLIS%1$s@example.com ,2,\n");

        assertThat(job.get("casesCreated").asInt()).isEqualTo(2);
        assertThat(job.get("repeatVictims").asInt()).isZero();
        JsonNode margaret = victim(officer, "ID" + run + "-H1");
        JsonNode george = victim(officer, "ID" + run + "-H2");
        assertThat(margaret.get("id")).isNotEqualTo(george.get("id"));
        assertThat(margaret.get("forename").asText()).isEqualTo("Margaret");
        assertThat(george.get("forename").asText()).isEqualTo("George");
        assertThat(george.get("dateOfBirth").asText()).isEqualTo("1946-01-02");
        assertThat(george.get("possibleMatches")).as("different dates of birth: not even possibly one").isEmpty();
    }

    @Test
    void shouldRecogniseThePersonHoweverTheirNameIsCased_accentedOrPunctuated() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        imported(officer, HEADER
                + "ID%1$s-M1,2026-11-02,NFIB3A,Hans,MÜLLER%1$s,1950-01-01,,,2,2026-11-02\n"
                + "ID%1$s-O1,2026-11-02,NFIB3A,Mary,O'Neil%1$s,1951-01-01,,,2,2026-11-02\n");
        JsonNode week2 = imported(officer, HEADER
                + "ID%1$s-M2,2026-11-09,NFIB3A,hans,Müller%1$s,01/01/1950,,,2,2026-11-09\n"
                + "ID%1$s-O2,2026-11-09,NFIB3A,MARY,ONeil%1$s,01/01/1951,07700 %2$s,,2,2026-11-09\n");

        assertThat(week2.get("repeatVictims").asInt()).isEqualTo(2);
        assertThat(week2.get("casesCreated").asInt()).isEqualTo(2);
        JsonNode hans = victim(officer, "ID" + run + "-M2");
        assertThat(hans.get("id")).isEqualTo(victim(officer, "ID" + run + "-M1").get("id"));
        assertThat(hans.get("repeatVictim").asBoolean()).isTrue();
        assertThat(hans.get("listings")).extracting(l -> l.get("listedAs").get("surname").asText())
                .as("every name the person was listed with, with its list")
                .containsExactlyInAnyOrder("MÜLLER" + run, "Müller" + run);
        assertThat(hans.get("listings")).allMatch(l -> !l.get("importJobId").isNull());
        JsonNode mary = victim(officer, "ID" + run + "-O2");
        assertThat(mary.get("id")).isEqualTo(victim(officer, "ID" + run + "-O1").get("id"));
        assertThat(mary.get("listings")).extracting(l -> l.get("listedAs").get("phone").isNull())
                .containsExactlyInAnyOrder(true, false);
    }

    @Test
    void shouldRaiseAPossibleMatchForTheSameNameWithNoDateOfBirth_confirmRejectAndUnlink() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        imported(officer, HEADER + "ID%1$s-N1,2026-11-02,NFIB3A,Nora,Quinn%1$s,1960-03-03,,,2,2026-11-02\n"
                + "ID%1$s-P1,2026-11-02,NFIB3A,Pat,Kerr%1$s,1961-03-03,,,2,2026-11-02\n");
        JsonNode week2 = imported(officer, HEADER + "ID%1$s-N2,2026-11-09,NFIB3A,NORA,quinn%1$s,,,,2,2026-11-09\n"
                + "ID%1$s-P2,2026-11-09,NFIB3A,Pat,Kerr%1$s,,,,2,2026-11-09\n");

        assertThat(week2.get("casesCreated").asInt()).isEqualTo(2);
        assertThat(week2.get("repeatVictims").asInt()).as("not merged until someone confirms").isZero();
        assertThat(week2.get("flagged").asInt()).isEqualTo(2);
        JsonNode nora = victim(officer, "ID" + run + "-N2");
        String earlierNora = victim(officer, "ID" + run + "-N1").get("id").asText();
        assertThat(nora.get("id").asText()).isNotEqualTo(earlierNora);
        JsonNode waiting = officer.get("/api/victim-care/victims/" + earlierNora + "/possible-matches").json();
        assertThat(waiting).hasSize(1);
        JsonNode match = waiting.get(0);
        assertThat(match.get("rule").asText()).isEqualTo("SAME_NAME_NO_DATE_OF_BIRTH");
        assertThat(match.get("candidateVictimId").asText()).isEqualTo(earlierNora);
        assertThat(match.get("evidence")).extracting(e -> e.get("field").asText() + "=" + e.get("listed").asText()
                        + "|" + e.get("known").asText() + ":" + e.get("comparison").asText())
                .contains("dateOfBirth=null|1960-03-03:MISSING", "surname=quinn%s|Quinn%s:SAME".formatted(run, run));
        assertThat(nora.get("possibleMatches")).hasSize(1);

        ApiClient.Response confirmed = officer.post("/api/victim-care/possible-matches/" + match.get("id").asText() + "/confirm");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        JsonNode one = victim(officer, "ID" + run + "-N2");
        assertThat(one.get("id").asText()).isEqualTo(earlierNora);
        assertThat(one.get("repeatVictim").asBoolean()).isTrue();
        assertThat(one.get("listings")).hasSize(2);
        assertThat(one.get("possibleMatches")).isEmpty();
        assertThat(one.get("confirmedLinks")).hasSize(1);
        assertThat(officer.get("/api/victim-care/victims?q=Quinn" + run).json().get("total").asInt())
                .as("one person in the victim list").isEqualTo(1);
        assertThat(officer.post("/api/victim-care/possible-matches/" + match.get("id").asText() + "/confirm").status())
                .as("decided once").isEqualTo(409);

        assertThat(officer.post("/api/victim-care/possible-matches/" + match.get("id").asText() + "/unlink").status())
                .isEqualTo(200);
        assertThat(victim(officer, "ID" + run + "-N2").get("id").asText()).isEqualTo(nora.get("id").asText());
        JsonNode restored = victim(officer, "ID" + run + "-N1");
        assertThat(restored.get("repeatVictim").asBoolean()).isFalse();
        assertThat(restored.get("listings")).hasSize(1);
        assertThat(restored.get("possibleMatches")).as("waiting again").hasSize(1);

        String patMatch = officer.get("/api/victim-care/victims/" + victim(officer, "ID" + run + "-P1").get("id").asText()
                + "/possible-matches").json().get(0).get("id").asText();
        assertThat(officer.post("/api/victim-care/possible-matches/" + patMatch + "/reject").json().get("status").asText())
                .isEqualTo("REJECTED");
        assertThat(victim(officer, "ID" + run + "-P2").get("id")).isNotEqualTo(victim(officer, "ID" + run + "-P1").get("id"));
        assertThat(victim(officer, "ID" + run + "-P1").get("possibleMatches")).isEmpty();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE operation = 'ALTERATION' AND record_type = 'victim'
                        AND details ->> 'possibleMatch' IN (?, ?)""")
                .params(match.get("id").asText(), patMatch).query(Integer.class).single())
                .as("confirm, un-link and reject audited").isEqualTo(3);
        assertThat(ApiClient.signedIn(port, "ecu.officer").post("/api/victim-care/possible-matches/" + patMatch + "/confirm")
                .status()).isEqualTo(403);
    }

    @Test
    void shouldRaiseTheCandidateSharingAContactDetail_whenACommonNameHasMoreCandidatesThanAreRaised() {
        // One list each, so the Alan Smith who shares the phone is the last known: the first cut off by age alone.
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        int candidates = PersonMatching.MOST_POSSIBLE_MATCHES + 1;
        for (int i = 1; i <= candidates; i++) {
            imported(officer, HEADER + "ID%1$s-S" + i + ",2026-11-02,NFIB3A,Alan,Smith%1$s,19" + (40 + i)
                    + "-06-01,0121 496 " + (1000 + i) + ",,2,2026-11-02\n");
        }
        String newest = victim(officer, "ID" + run + "-S" + candidates).get("id").asText();

        imported(officer, HEADER + "ID%1$s-S0,2026-11-09,NFIB3A,Alan,Smith%1$s,,0121 496 " + (1000 + candidates)
                + ",,2,2026-11-09\n");

        JsonNode listed = victim(officer, "ID" + run + "-S0");
        assertThat(listed.get("possibleMatches")).hasSize(PersonMatching.MOST_POSSIBLE_MATCHES)
                .as("the known Alan Smith with the same phone is raised, though listed last")
                .anyMatch(m -> m.get("candidateVictimId").asText().equals(newest));
    }

    @Test
    void shouldRefuseToConfirmTwoRecordsThatEachHaveAnOpenReferral_soNobodyHasTwo() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        imported(officer, HEADER + "ID%1$s-R1,2026-11-02,NFIB1D,Ivy,Lowe%1$s,1955-02-02,,,2,2026-11-02\n");
        JsonNode week2 = imported(officer, HEADER + "ID%1$s-R2,2026-11-09,NFIB1D,IVY,lowe%1$s,,,,2,2026-11-09\n");
        assertThat(week2.get("referred").asInt()).as("romance fraud: both listings referred").isEqualTo(1);
        String known = victim(officer, "ID" + run + "-R1").get("id").asText();
        JsonNode match = officer.get("/api/victim-care/victims/" + known + "/possible-matches").json().get(0);

        ApiClient.Response refused = officer.post("/api/victim-care/possible-matches/" + match.get("id").asText()
                + "/confirm");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("Both records have an open referral");
        assertThat(officer.get("/api/victim-care/victims/" + known + "/possible-matches").json().get(0)
                .get("status").asText()).as("still waiting for a decision").isEqualTo("OPEN");
        assertThat(victim(officer, "ID" + run + "-R2").get("id").asText()).isNotEqualTo(known);
    }

    @Test
    void shouldJoinANewCrimeOfAPersonWithAnOpenReferralToThatReferral_notStartASecond() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        imported(officer, HEADER + "ID%1$s-J1,2026-11-02,NFIB1D,Rose,Hale%1$s,1985-06-01,,,2,2026-11-02\n");
        JsonNode week2 = imported(officer, HEADER + "ID%1$s-J2,2026-11-09,NFIB3A,ROSE,Hale%1$s,01/06/1985,,,2,2026-11-09\n");

        assertThat(week2.get("referred").asInt()).isEqualTo(1);
        assertThat(week2.get("repeatVictims").asInt()).isEqualTo(1);
        JsonNode rose = victim(officer, "ID" + run + "-J2");
        assertThat(rose.get("referrals")).as("one referral for the person").hasSize(1);
        JsonNode referral = rose.get("referrals").get(0);
        String reference = referral.get("reference").asText();
        assertThat(referral.get("crimeReference").asText()).isEqualTo("ID" + run + "-J1");
        assertThat(referral.get("joinedCrimes")).extracting(c -> c.get("crimeReference").asText())
                .containsExactly("ID" + run + "-J2");
        assertThat(referral.get("contactPlanReviewSince").isNull()).as("contact plan to be reviewed").isFalse();
        assertThat(rose.get("listings")).extracting(l -> l.get("crimeReference").asText() + ":"
                        + l.get("screeningResult").asText() + ":" + l.get("joinedReferralReference").asText())
                .contains("ID%s-J2:REFERRED:%s".formatted(run, reference));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_FirstContact")
                .count()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM victim_referral r JOIN victim_listing l ON l.id = r.listing_id
                        WHERE l.crime_reference LIKE ?""").param("ID" + run + "-J%").query(Integer.class).single())
                .as("no second referral, so no second first-contact task").isEqualTo(1);
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
        assertThat(tasks.getTaskComments(taskId)).extracting(c -> c.getFullMessage())
                .anyMatch(text -> text.contains("ID" + run + "-J2"));
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE operation = 'ALTERATION' AND record_type = 'victim-referral'
                        AND ? = ANY (record_ids)""").param(reference).query(Integer.class).single()).isPositive();
    }

    @Test
    void shouldStartANewReferralFollowingTheClosedOne_whenThePersonsReferralIsClosed() {
        ApiClient officer = ApiClient.signedIn(port, "victim.care");
        imported(officer, HEADER + "ID%1$s-K1,2026-11-02,NFIB1D,Ken,Ward%1$s,1975-06-01,,,2,2026-11-02\n");
        String closed = jdbc.sql("SELECT referral_reference FROM victim_listing WHERE crime_reference = ?")
                .param("ID" + run + "-K1").query(String.class).single();
        // Closed as the process closes it: the referral row closed, the process ended.
        jdbc.sql("""
                        UPDATE victim_referral SET stage = 'CLOSED', closure_outcome = 'DECLINED_SUPPORT',
                            closed_at = now(), closed_by = 'victim.care' WHERE reference = ?""")
                .param(closed).update();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(closed).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "closed"));

        imported(officer, HEADER + "ID%1$s-K2,2026-11-09,NFIB3A,Ken,Ward%1$s,1975-06-01,,,2,2026-11-09\n");

        JsonNode ken = victim(officer, "ID" + run + "-K2");
        assertThat(ken.get("referrals")).hasSize(2);
        JsonNode newest = ken.get("referrals").get(0);
        assertThat(newest.get("crimeReference").asText()).isEqualTo("ID" + run + "-K2");
        assertThat(newest.get("followsReference").asText()).isEqualTo(closed);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(newest.get("reference").asText())
                .taskDefinitionKey("Task_FirstContact").count()).isEqualTo(1);
    }

    private JsonNode victim(ApiClient officer, String crimeReference) {
        UUID id = jdbc.sql("SELECT victim_id FROM victim_listing WHERE crime_reference = ?").param(crimeReference)
                .query(UUID.class).single();
        ApiClient.Response response = officer.get("/api/victim-care/victims/" + id);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode imported(ApiClient officer, String csv) {
        ApiClient.Response accepted = officer.upload("/api/intake/victim-lists", "list.csv",
                csv.formatted(run, digits).getBytes(StandardCharsets.UTF_8));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String id = accepted.json().get("id").asText();
        JsonNode job = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> officer.get("/api/intake/imports/" + id).json(),
                        j -> !"RUNNING".equals(j.get("status").asText()));
        assertThat(job.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(job.get("errorRows").asInt()).as(officer.get("/api/intake/imports/" + id + "/report").body()).isZero();
        return job;
    }
}
