package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
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
            assertThat(response.json().at("/currentTasks/0/taskType").asText())
                    .as("the header shows the task the case waits at").isEqualTo("Task_Triage");
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
        void shouldRefuseAnEventBeforeTheCrimeIsTriaged() {
            String reference = newCase();
            ApiClient.Response response = ApiClient.signedIn(port, "ecu.officer").post(
                    "/api/fraud/cases/" + reference + "/events", Map.of("eventType", "ARREST", "occurredOn", "2026-11-01"));

            assertThat(response.status()).isEqualTo(409);
            assertThat(response.json().get("message").asText())
                    .isEqualTo("Events can be logged once the crime has been triaged");
        }
    }

    @Nested
    @DisplayName("GET /api/fraud/cases/{crimeReference}/diagram")
    class Diagram {

        @Test
        void shouldShowANewCaseWaitingAtTriage_withTheStepsBeforeItCompleted() {
            String reference = newCase();
            JsonNode diagram = ApiClient.signedIn(port, "ecu.supervisor")
                    .get("/api/fraud/cases/" + reference + "/diagram").json();

            assertThat(diagram.get("bpmnXml").asText()).contains("<bpmn:process id=\"fraud-triage\"");
            assertThat(ids(diagram, "activeActivityIds")).containsExactly("Task_Triage");
            assertThat(ids(diagram, "completedActivityIds")).containsExactly("StartEvent_DisseminationReceived",
                    "Gateway_NeedsRecategorisation", "Gateway_ReadyForTriage");
        }

        @Test
        void shouldShowAnAllocatedCaseWaitingForItsPlanAndTheVictimUpdateAtOnce() {
            JsonNode diagram = ApiClient.signedIn(port, "ecu.officer")
                    .get("/api/fraud/cases/NFRC240101005/diagram").json();

            assertThat(ids(diagram, "activeActivityIds"))
                    .containsExactlyInAnyOrder("Task_InvestigationPlan", "Task_TellVictimOfficer");
            assertThat(ids(diagram, "completedActivityIds"))
                    .contains("Task_Triage", "Gateway_StartInvestigation")
                    .doesNotContain("Task_Recategorise", "Task_InvestigationPlan");
        }

        @Test
        void shouldShowAFinalisedCaseWithEveryStepItTookCompletedAndNothingCurrent() {
            JsonNode diagram = ApiClient.signedIn(port, "ecu.officer")
                    .get("/api/fraud/cases/NFRC240101008/diagram").json();

            assertThat(ids(diagram, "activeActivityIds")).isEmpty();
            assertThat(ids(diagram, "completedActivityIds")).contains("Task_Triage", "Task_InvestigationPlan",
                    "Task_TellVictimOfficer", "Task_RecordOutcome", "EndEvent_Finalised")
                    .doesNotContain("Task_ApproveFiling", "Task_AcceptAllocation", "EndEvent_Filed");
        }

        @Test
        void shouldShowALocalInvestigatorACaseAllocatedToTheirTeam() {
            ApiClient.Response response = ApiClient.signedIn(port, "local.investigator")
                    .get("/api/fraud/cases/NFRC240101006/diagram");

            assertThat(response.status()).isEqualTo(200);
            assertThat(ids(response.json(), "activeActivityIds")).containsExactly("Task_AcceptAllocation");
        }

        @Test
        void shouldTellALocalInvestigatorAnotherTeamsCaseHasNoDiagram_andRecordTheAttempt() {
            String reference = newCase();
            ApiClient investigator = ApiClient.signedIn(port, "local.investigator");

            ApiClient.Response existing = investigator.get("/api/fraud/cases/" + reference + "/diagram");
            ApiClient.Response missing = investigator.get("/api/fraud/cases/NFRC-NO-SUCH-CASE/diagram");

            assertThat(existing.status()).isEqualTo(404);
            assertThat(existing.body()).isEqualTo(missing.body());
            assertThat(refusals("local.investigator", reference)).isEqualTo(1);
        }

        private List<String> ids(JsonNode diagram, String field) {
            List<String> ids = new ArrayList<>();
            diagram.get(field).forEach(id -> ids.add(id.asText()));
            return ids;
        }
    }

    @Nested
    @DisplayName("POST /api/fraud/cases/{crimeReference}/notes")
    class Notes {

        @Test
        void shouldAddANoteThatLeadsTheCaseTimeline_andRecordTheChangeToTheCase() {
            String reference = newCase();
            ApiClient officer = ApiClient.signedIn(port, "ecu.officer");

            ApiClient.Response added = officer.post("/api/fraud/cases/" + reference + "/notes",
                    Map.of("text", "  Victim's bank confirms the payee account is held in Leeds.  "));

            assertThat(added.status()).isEqualTo(201);
            assertThat(added.json().get("text").asText()).isEqualTo("Victim's bank confirms the payee account is held in Leeds.");
            assertThat(added.json().get("authorName").asText()).isEqualTo("DC Priya Shah");
            JsonNode latest = officer.get("/api/fraud/cases/" + reference).json().at("/history/0");
            assertThat(latest.get("what").asText()).isEqualTo("Note");
            assertThat(latest.get("who").asText()).isEqualTo("DC Priya Shah");
            assertThat(latest.get("detail").asText()).isEqualTo("Victim's bank confirms the payee account is held in Leeds.");
            assertThat(jdbc.sql("""
                            SELECT details ->> 'noteId' FROM audit_event WHERE operation = 'ALTERATION'
                            AND record_type = 'crime' AND ? = ANY (record_ids) AND username = 'ecu.officer'""")
                    .param(reference).query(String.class).single()).isEqualTo(added.json().get("id").asText());
        }

        @Test
        void shouldLetALocalInvestigatorAddANoteToACaseOfTheirTeam() {
            ApiClient.Response added = ApiClient.signedIn(port, "local.investigator")
                    .post("/api/fraud/cases/NFRC240101006/notes", Map.of("text", "CCTV request sent to the Bull Ring."));

            assertThat(added.status()).isEqualTo(201);
            assertThat(added.json().get("authorName").asText()).isEqualTo("PC Ravi Patel");
        }

        @Test
        void shouldRefuseAnEmptyOrTooLongNote_withTheReasonOnTheTextField_andWriteNothing() {
            String reference = newCase();
            ApiClient officer = ApiClient.signedIn(port, "ecu.officer");

            ApiClient.Response empty = officer.post("/api/fraud/cases/" + reference + "/notes", Map.of("text", "   "));
            ApiClient.Response missing = officer.post("/api/fraud/cases/" + reference + "/notes", Map.of());
            ApiClient.Response tooLong = officer.post("/api/fraud/cases/" + reference + "/notes",
                    Map.of("text", "x".repeat(4001)));

            assertThat(empty.status()).isEqualTo(400);
            assertThat(empty.json().at("/fieldErrors/0/field").asText()).isEqualTo("text");
            assertThat(empty.json().at("/fieldErrors/0/message").asText()).isEqualTo("Enter the note");
            assertThat(missing.json().at("/fieldErrors/0/field").asText()).isEqualTo("text");
            assertThat(tooLong.status()).isEqualTo(400);
            assertThat(tooLong.json().at("/fieldErrors/0/message").asText())
                    .isEqualTo("The note must be 4,000 characters or fewer");
            assertThat(notesOn(reference)).isZero();
            assertThat(officer.post("/api/fraud/cases/" + reference + "/notes", Map.of("text", "y".repeat(4000)))
                    .status()).isEqualTo(201);
        }

        @Test
        void shouldTellALocalInvestigatorAnotherTeamsCaseDoesNotExist_writeNothing_andRecordTheAttempt() {
            String reference = newCase();
            ApiClient investigator = ApiClient.signedIn(port, "local.investigator");

            ApiClient.Response existing = investigator.post("/api/fraud/cases/" + reference + "/notes",
                    Map.of("text", "Looking into this"));
            ApiClient.Response missing = investigator.post("/api/fraud/cases/NFRC-NO-SUCH-CASE/notes",
                    Map.of("text", "Looking into this"));

            assertThat(existing.status()).isEqualTo(404);
            assertThat(existing.body()).isEqualTo(missing.body());
            assertThat(notesOn(reference)).isZero();
            assertThat(refusals("local.investigator", reference)).isEqualTo(1);
        }

        private int notesOn(String reference) {
            return jdbc.sql("SELECT count(*) FROM case_note WHERE crime_reference = ?").param(reference)
                    .query(Integer.class).single();
        }
    }

    private int refusals(String username, String reference) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE operation = 'ACCESS_REFUSED'
                        AND username = ? AND ? = ANY (record_ids)""")
                .params(username, reference).query(Integer.class).single();
    }

    private String newCase() {
        String reference = "NFRC" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(ApiClient.signedIn(port, "ecu.officer").post("/api/fraud/disseminations",
                TaskJourneyIntegrationTest.dissemination(reference, "Rosalind Franklin")).status()).isEqualTo(201);
        return reference;
    }
}
