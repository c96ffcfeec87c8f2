package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;
import uk.police.ecu.casework.tasks.TaskJourneyIntegrationTest;

@IntegrationTest
class FraudCaseControllerTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Nested
    @DisplayName("GET /api/fraud/cases/{crimeReference}")
    class View {

        @Test
        void shouldShowAnEcuOfficerTheCase_andRecordTheConsultationWithItsPurpose() {
            String reference = newCase();
            ApiClient.Response response = ApiClient.signedIn(port, "ecu.officer")
                    .get("/api/fraud/cases/" + reference + "?purpose=Preparing%20triage");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().at("/crime/victimName").asText()).isEqualTo("Rosalind Franklin");
            assertThat(response.json().at("/history/0/what").asText()).isEqualTo("Dissemination received");
            assertThat(response.json().at("/history/0/who").asText()).isEqualTo("DC Priya Shah");
            assertThat(jdbc.sql("""
                            SELECT justification FROM audit_event WHERE operation = 'CONSULTATION'
                            AND record_type = 'crime' AND ? = ANY (record_ids) AND username = 'ecu.officer'""")
                    .param(reference).query(String.class).single()).isEqualTo("Preparing triage");
        }

        @Test
        void shouldTellALocalInvestigatorAnotherTeamsCaseDoesNotExist_andRecordTheAttempt() {
            String reference = newCase();
            ApiClient investigator = ApiClient.signedIn(port, "local.investigator");

            ApiClient.Response existing = investigator.get("/api/fraud/cases/" + reference);
            ApiClient.Response missing = investigator.get("/api/fraud/cases/NFRC-NO-SUCH-CASE");

            assertThat(existing.status()).isEqualTo(404);
            assertThat(existing.body()).isEqualTo(missing.body());
            assertThat(jdbc.sql("""
                            SELECT count(*) FROM audit_event WHERE operation = 'ACCESS_REFUSED'
                            AND username = 'local.investigator' AND ? = ANY (record_ids)""")
                    .param(reference).query(Integer.class).single()).isEqualTo(1);
        }

        @Test
        void shouldRefuseAVictimCareOfficerOrADrugReferralWorker() {
            String reference = newCase();
            assertThat(ApiClient.signedIn(port, "victim.care").get("/api/fraud/cases/" + reference).status())
                    .isEqualTo(403);
            assertThat(ApiClient.signedIn(port, "drug.worker").get("/api/fraud/cases/" + reference).status())
                    .isEqualTo(403);
        }
    }

    @Nested
    @DisplayName("POST /api/fraud/cases/{crimeReference}/events")
    class Events {

        @Test
        void shouldRefuseAnEventBeforeTheCrimeIsUnderInvestigation() {
            String reference = newCase();
            ApiClient.Response response = ApiClient.signedIn(port, "ecu.officer").post(
                    "/api/fraud/cases/" + reference + "/events", Map.of("eventType", "ARREST", "occurredOn", "2026-11-01"));

            assertThat(response.status()).isEqualTo(409);
            assertThat(response.json().get("message").asText())
                    .isEqualTo("Events can be logged only while the crime is being investigated");
        }
    }

    private String newCase() {
        String reference = "NFRC" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(ApiClient.signedIn(port, "ecu.officer").post("/api/fraud/disseminations",
                TaskJourneyIntegrationTest.dissemination(reference, "Rosalind Franklin")).status()).isEqualTo(201);
        return reference;
    }
}
