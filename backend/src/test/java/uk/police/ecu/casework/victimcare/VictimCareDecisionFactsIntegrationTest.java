package uk.police.ecu.casework.victimcare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.ecu.casework.victimcare.VictimCareTestReferrals.vulnerability;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;
import uk.police.ecu.casework.security.Role;
import uk.police.ecu.casework.security.TeamMembership;
import uk.police.ecu.casework.security.UserRepository;

/**
 * A victim care contact task shows what the officer needs before picking up the phone: why the victim was
 * referred, the vulnerability answers of the first contact, and every earlier contact with when, what happened
 * and who made it (by name). Only victim care officers see any of it.
 */
@IntegrationTest
class VictimCareDecisionFactsIntegrationTest {

    private static final String OFFICER = "victim.care";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @LocalServerPort
    int port;
    @Autowired
    VictimCareTestReferrals referrals;
    @Autowired
    Clock clock;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void shouldShowAPlannedContactTheVulnerabilityAnswersAndThePreviousContactsByName() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> firstContact = new LinkedHashMap<>(VictimCareTestReferrals.assessment(today, true, false));
        firstContact.put("vulnerability", vulnerability(true, false, true, false, false));
        referrals.complete(victim.reference(), "Task_FirstContact", OFFICER, firstContact);
        referrals.complete(victim.reference(), "Task_ContactPlan", OFFICER,
                Map.of("contacts", List.of(Map.of("dueOn", today.plusDays(3).toString(), "channel", "PHONE"))));
        ApiClient officer = ApiClient.signedIn(port, OFFICER);
        String taskId = referrals.task(victim.reference(), "Task_PlannedContact").getId();

        JsonNode detail = officer.get("/api/tasks/" + taskId).json();

        assertThat(detail.get("decisionFacts").get("groups").findValuesAsText("title"))
                .containsExactly("The referral", "Vulnerability", "Previous contacts");
        Map<String, String> facts = facts(detail);
        assertThat(facts).containsEntry("Why referred", "Aged 70 or over")
                .containsEntry("Repeat victim", "No")
                .containsEntry("Lives alone", "Yes")
                .containsEntry("Still in contact with the suspect", "Yes")
                .containsEntry("Health or cognitive condition", "No")
                .containsEntry("Wants support", "Yes")
                .containsEntry(DAY.format(today), "First contact (phone), by Jo Bennett");
        assertThat(detail.get("communicationNeeds")).as("shown by its own panel, not repeated").isNotNull();
    }

    @Test
    void shouldSayAFirstContactIsNotAssessedYet_andShowNothingPersonalToAnotherRole() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");
        String taskId = referrals.task(victim.reference(), "Task_FirstContact").getId();

        assertThat(facts(ApiClient.signedIn(port, OFFICER).get("/api/tasks/" + taskId).json()))
                .containsEntry("Vulnerability", "Not assessed yet: it is assessed at first contact")
                .containsEntry("Contacts", "None yet");

        String username = "vcfacts." + UUID.randomUUID().toString().substring(0, 8);
        users.create(new UserRepository.NewUser(username, "Kim Facts", passwords.encode(ApiClient.DEMO_PASSWORD),
                Set.of(Role.ECU_OFFICER), List.of(new TeamMembership("ecvcu", "Economic Crime Victim Care Unit", false))));
        JsonNode asOutsider = ApiClient.signedIn(port, username).get("/api/tasks/" + taskId).json();
        assertThat(asOutsider.get("task").get("caseReference").asText()).isEqualTo(victim.reference());
        assertThat(asOutsider.get("decisionFacts").get("groups")).isEmpty();
    }

    private static Map<String, String> facts(JsonNode detail) {
        Map<String, String> facts = new LinkedHashMap<>();
        detail.get("decisionFacts").get("groups").forEach(group -> group.get("facts")
                .forEach(fact -> facts.put(fact.get("label").asText(), fact.get("value").asText())));
        return facts;
    }
}
