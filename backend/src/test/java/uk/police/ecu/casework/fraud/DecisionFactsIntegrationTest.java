package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;
import uk.police.ecu.casework.security.Role;
import uk.police.ecu.casework.security.TeamMembership;
import uk.police.ecu.casework.security.UserRepository;

/**
 * Triage and filing approval show the facts they decide on at the top of the task, read from the crime, so the
 * officer need not open the case in another tab: fraud type, loss, NDM score, lines of enquiry, the victim's age
 * band, vulnerability and whether they are a repeat victim, and for an approval why filing is proposed and why
 * approval is needed.
 */
@IntegrationTest
class DecisionFactsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder passwords;

    private final String reference = "NFRC-FACTS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void shouldShowTheTriageOfficerTheCrimesFactsInWords_andRecordTheReadingAsAConsultation() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        receive(officer);
        long before = lastAuditId();

        JsonNode detail = officer.get("/api/tasks/" + taskId(officer, "ecu-triage", "Task_Triage")).json();

        assertThat(titles(detail)).containsExactly("The crime", "The victim");
        Map<String, String> facts = facts(detail);
        assertThat(facts.get("Fraud type")).startsWith("NFIB3A: ").hasSizeGreaterThan("NFIB3A: ".length());
        assertThat(facts).containsEntry("Loss", "£12,500")
                .containsEntry("NDM score", "7 out of 10")
                .containsEntry("Lines of enquiry", "None recorded")
                .containsEntry("Victim type", "Individual")
                .containsEntry("Age band", "70 and over")
                .containsEntry("Vulnerability (Victims' Code)", "No enhanced rights assessment recorded")
                .containsEntry("Repeat victim", "No: 1 report in 12 months");
        assertThat(facts).doesNotContainKey("Why filing is proposed");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE id > ? AND operation = 'CONSULTATION' AND username = 'ecu.officer'
                          AND ? = ANY (record_ids) AND details ->> 'task' = 'Task_Triage'""")
                .params(before, reference).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void shouldShowTheSupervisorWhyFilingIsProposed_theVulnerability_andWhyApprovalIsNeeded() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        receive(officer);
        assertThat(officer.send("PUT", "/api/fraud/cases/" + reference + "/enhanced-rights",
                Map.of("category", "VULNERABLE", "reason", "Lives alone and was coached by the caller")).status())
                .isLessThan(300);
        String triage = taskId(officer, "ecu-triage", "Task_Triage");
        assertThat(officer.post("/api/tasks/" + triage + "/claim").status()).isEqualTo(204);
        ApiClient.Response filed = officer.post("/api/tasks/" + triage + "/complete", Map.of("linesOfEnquiry",
                List.of(), "priority", "LOW", "decision", "FILE",
                "filingRationale", "No suspect or account identified.", "filingOutcomeCode", "18"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(204);

        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        JsonNode detail = supervisor.get("/api/tasks/" + taskId(supervisor, "ecu-supervisors", "Task_ApproveFiling"))
                .json();

        assertThat(detail.get("approvalReason").asText()).isEqualTo("Loss of £10000 or more");
        assertThat(facts(detail)).containsEntry("Loss", "£12,500")
                .containsEntry("Lines of enquiry", "None recorded")
                .containsEntry("Why filing is proposed", "No suspect or account identified.")
                .containsEntry("Vulnerability (Victims' Code)", "Vulnerable: Lives alone and was coached by the caller");
    }

    @Test
    void shouldShowSomeoneWhoMayNotSeeTheVictimOnlyTheCrimesOwnFacts() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        receive(officer);
        String username = "facts." + UUID.randomUUID().toString().substring(0, 8);
        users.create(new UserRepository.NewUser(username, "Pat Facts", passwords.encode(ApiClient.DEMO_PASSWORD),
                Set.of(Role.O2R_OFFICER), List.of(new TeamMembership("ecu-triage", "ECU triage team", false))));
        ApiClient outsider = ApiClient.signedIn(port, username);

        JsonNode detail = outsider.get("/api/tasks/" + taskId(officer, "ecu-triage", "Task_Triage")).json();

        Map<String, String> facts = facts(detail);
        assertThat(facts).containsKeys("Fraud type", "NDM score", "Lines of enquiry", "Victim type")
                .doesNotContainKeys("Loss", "Age band", "Vulnerability (Victims' Code)", "Repeat victim");
        assertThat(detail.toString()).doesNotContain("12,500", "70 and over");
    }

    private void receive(ApiClient officer) {
        LocalDate reported = LocalDate.now(clock).minusDays(3);
        ApiClient.Response received = officer.post("/api/fraud/disseminations", Map.of("crimeReference", reference,
                "reportedDate", reported.toString(), "nfibCode", "NFIB3A", "victimType", "INDIVIDUAL",
                "victimName", "Facts Victim " + reference, "victimDateOfBirth", reported.minusYears(75).toString(),
                "lossGbp", 12500, "ndmScore", 7, "policingArea", "Coventry"));
        assertThat(received.status()).as(received.body()).isLessThan(300);
    }

    private String taskId(ApiClient client, String queue, String taskType) {
        return client.get("/api/tasks?queue=" + queue + "&q=" + reference + "&taskType=" + taskType).json()
                .get("tasks").get(0).get("id").asText();
    }

    private static List<String> titles(JsonNode detail) {
        return detail.get("decisionFacts").get("groups").findValuesAsText("title");
    }

    /** Every fact's label and value as the page shows them, across its groups. */
    static Map<String, String> facts(JsonNode detail) {
        Map<String, String> facts = new LinkedHashMap<>();
        detail.get("decisionFacts").get("groups").forEach(group -> group.get("facts")
                .forEach(fact -> facts.put(fact.get("label").asText(), fact.get("value").asText())));
        return facts;
    }

    private long lastAuditId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
    }
}
