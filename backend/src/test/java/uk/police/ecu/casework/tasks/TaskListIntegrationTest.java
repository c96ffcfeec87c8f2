package uk.police.ecu.casework.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/** The task list as officers and supervisors use it, served from the projection kept in step with the engine. */
@IntegrationTest
class TaskListIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TaskService engineTasks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskProjectionRebuild rebuild;
    @Autowired
    Clock clock;

    private final String batch = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @Test
    void shouldShowEachTriageTaskWithItsCaseFacts_andFollowClaimAndCompletion() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String reference = newCase(officer, "1", "Edith Clarke", "NFIB1D", "1950-04-01", 4200);

        JsonNode row = only(officer.get("/api/tasks?queue=ecu-triage&q=" + reference).json());
        assertThat(row.get("name").asText()).isEqualTo("Triage dissemination");
        assertThat(row.get("subject").asText()).isEqualTo("Edith Clarke");
        assertThat(row.get("fraudType").asText()).isEqualTo("NFIB1D");
        assertThat(row.get("lossGbp").decimalValue()).isEqualByComparingTo("4200");
        assertThat(row.get("victimAgeBand").asText()).isEqualTo("SEVENTY_AND_OVER");
        assertThat(row.get("policingArea").asText()).isEqualTo("coventry");
        assertThat(row.get("teams").get(0).asText()).isEqualTo("ecu-triage");
        String taskId = row.get("id").asText();

        officer.post("/api/tasks/" + taskId + "/claim");
        JsonNode mine = only(officer.get("/api/tasks?queue=mine&q=" + reference).json());
        assertThat(mine.get("assigneeName").asText()).isEqualTo("DC Priya Shah");

        officer.post("/api/tasks/" + taskId + "/complete", Map.of("linesOfEnquiry", List.of(),
                "priority", "LOW", "decision", "FILE", "filingRationale", "No lines of enquiry",
                "filingOutcomeCode", "18"));
        assertThat(officer.get("/api/tasks?queue=mine&q=" + reference).json().get("tasks")).isEmpty();
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        JsonNode next = only(supervisor.get("/api/tasks?queue=ecu-supervisors&q=" + reference).json());
        assertThat(next.get("taskType").asText()).as("filing a vulnerable victim's crime needs approval")
                .isEqualTo("Task_ApproveFiling");
        assertThat(next.get("priority").asInt()).as("the triage priority carries on").isEqualTo(20);
    }

    @Test
    void shouldFilterByDueStateAreaTypeAndName_andPageInTheChosenOrder() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String overdue = newCase(officer, "2", "Hedy Lamarr", "NFIB3A", "1980-01-01", 100);
        String today = newCase(officer, "3", "Hedy Lamarr", "NFIB3A", "1980-01-01", 300);
        String later = newCase(officer, "4", "Rosalind Franklin", "NFIB3A", "1980-01-01", 200);
        Instant now = clock.instant();
        setDue(overdue, Date.from(now.minus(2, ChronoUnit.DAYS)));
        setDue(today, Date.from(now.plus(1, ChronoUnit.MINUTES)));
        setDue(later, Date.from(now.plus(5, ChronoUnit.DAYS)));

        String queue = "/api/tasks?queue=ecu-triage&q=" + batch;
        assertThat(references(officer.get(queue + "&due=OVERDUE").json())).containsExactly(overdue);
        assertThat(references(officer.get(queue + "&due=NEXT_7_DAYS").json())).containsExactlyInAnyOrder(today, later);
        assertThat(references(officer.get(queue + "&due=NONE").json())).doesNotContain(overdue, today, later);
        assertThat(references(officer.get("/api/tasks?queue=ecu-triage&q=hedy%20lam&area=coventry&taskType=Task_Triage"
                + "&process=fraud-triage").json())).contains(overdue, today).doesNotContain(later);
        assertThat(references(officer.get(queue + "&area=Dudley").json())).isEmpty();

        JsonNode firstPage = officer.get(queue + "&sort=DUE&size=2").json();
        assertThat(references(firstPage)).containsExactly(overdue, today);
        assertThat(firstPage.get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(references(officer.get(queue + "&sort=DUE&size=2&page=1").json())).startsWith(later);
        assertThat(references(officer.get(queue + "&sort=DUE&order=DESC&due=NEXT_7_DAYS").json()))
                .containsExactly(later, today);
        assertThat(officer.get(queue + "&due=SOMETIME").status()).isEqualTo(400);
    }

    @Test
    void shouldShowNothingOfAQueueTheUserIsNotIn() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String reference = newCase(officer, "5", "Ada Byron", "NFIB3A", null, 10);
        ApiClient investigator = ApiClient.signedIn(port, "local.investigator");

        JsonNode page = investigator.get("/api/tasks?queue=ecu-triage&q=" + reference).json();

        assertThat(page.get("total").asLong()).isZero();
        assertThat(page.get("tasks")).isEmpty();
    }

    @Test
    void shouldCountEachQueue_andMoveTheChangeMarkWhenWorkArrives() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        JsonNode before = officer.get("/api/tasks/queues").json();
        assertThat(StreamSupport.stream(before.get("queues").spliterator(), false).map(q -> q.get("id").asText()))
                .containsExactlyInAnyOrder("mine", "ecu-triage", "ecu-investigations").first().isEqualTo("mine");

        newCase(officer, "6", "Mary Somerville", "NFIB3A", null, 10);
        JsonNode after = officer.get("/api/tasks/queues").json();

        assertThat(after.get("changeMark").asLong()).isGreaterThan(before.get("changeMark").asLong());
        assertThat(count(after, "ecu-triage")).isGreaterThanOrEqualTo(count(before, "ecu-triage") + 1);
        assertThat(officer.get("/api/tasks/types").json().findValuesAsText("taskType")).contains("Task_Triage");
    }

    @Test
    void shouldOfferEachUserOnlyTheKindsOfTaskThatAreTheirWork() {
        ApiClient triageOfficer = ApiClient.signedIn(port, "ecu.officer");
        newCase(triageOfficer, "8", "Ada Lovelace", "NFIB3A", null, 10);

        List<String> officersTypes = typesOffered(triageOfficer);
        List<String> victimCaresTypes = typesOffered(ApiClient.signedIn(port, "victim.care"));
        List<String> drugWorkersTypes = typesOffered(ApiClient.signedIn(port, "drug.worker"));

        assertThat(officersTypes).contains("fraud-triage/Task_Triage")
                .noneMatch(type -> type.startsWith("victim-care/") || type.startsWith("o2r-programme/"));
        assertThat(victimCaresTypes).anyMatch(type -> type.startsWith("victim-care/"))
                .noneMatch(type -> type.startsWith("fraud-triage/") || type.startsWith("o2r-programme/"));
        assertThat(drugWorkersTypes).noneMatch(type -> type.startsWith("fraud-triage/") || type.startsWith("victim-care/"));
    }

    private static List<String> typesOffered(ApiClient user) {
        return StreamSupport.stream(user.get("/api/tasks/types").json().spliterator(), false)
                .map(type -> type.get("process").asText() + "/" + type.get("taskType").asText()).toList();
    }

    @Test
    void shouldLetExactlyOneOfTwoOfficersWinARaceToClaim() throws Exception {
        ApiClient first = ApiClient.signedIn(port, "ecu.officer");
        ApiClient second = ApiClient.signedIn(port, "ecu.officer2");
        String reference = newCase(first, "7", "Emmy Noether", "NFIB3A", null, 10);
        String taskId = only(first.get("/api/tasks?queue=ecu-triage&q=" + reference).json()).get("id").asText();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<ApiClient.Response>> claims = List.of(
                () -> first.post("/api/tasks/" + taskId + "/claim"), () -> second.post("/api/tasks/" + taskId + "/claim"));
        List<Integer> statuses = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (Future<ApiClient.Response> claim : pool.invokeAll(claims)) {
            statuses.add(claim.get().status());
            if (claim.get().status() == 409) {
                messages.add(claim.get().json().get("message").asText());
            }
        }
        pool.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(204, 409);
        assertThat(messages.get(0)).isIn("This task is already claimed by DC Priya Shah",
                "This task is already claimed by DC Tom Hughes");
    }

    @Test
    void shouldLetASupervisorAllocateTriagedCasesFromReadyToAllocate_oneOrManyAtOnce() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        String one = triagedForEcuWithNoOfficer(officer, "8");
        String two = triagedForEcuWithNoOfficer(officer, "9");

        List<String> ready = references(supervisor.get("/api/tasks/ready-to-allocate?size=100").json());
        assertThat(ready).contains(one, two);
        assertThat(officer.get("/api/tasks/ready-to-allocate").json().get("tasks"))
                .as("an officer supervises no team").isEmpty();

        String planOne = planTask(supervisor, one);
        String planTwo = planTask(supervisor, two);
        assertThat(officer.post("/api/tasks/" + planOne + "/assign", Map.of("assignee", "ecu.officer2")).status())
                .as("only a supervisor of the task's team may assign it").isEqualTo(404);
        ApiClient.Response wrongTeam = supervisor.post("/api/tasks/" + planOne + "/assign", Map.of("assignee", "victim.care"));
        assertThat(wrongTeam.status()).isEqualTo(400);
        assertThat(wrongTeam.json().findValuesAsText("field")).containsExactly("assignee");

        JsonNode result = supervisor.post("/api/tasks/reassign", Map.of("taskIds", List.of(planOne, planTwo, "no-such-task"),
                "assignee", "ecu.officer2")).json();

        assertThat(StreamSupport.stream(result.get("reassigned").spliterator(), false).map(JsonNode::asText))
                .containsExactlyInAnyOrder(planOne, planTwo);
        assertThat(result.get("refused").get(0).get("taskId").asText()).isEqualTo("no-such-task");
        assertThat(references(supervisor.get("/api/tasks/ready-to-allocate?size=100").json())).doesNotContain(one, two);
        ApiClient officer2 = ApiClient.signedIn(port, "ecu.officer2");
        assertThat(references(officer2.get("/api/tasks?queue=mine&q=" + batch).json())).contains(one, two);
        assertThat(supervisor.post("/api/tasks/reassign", Map.of("taskIds", List.of())).json()
                .findValuesAsText("field")).containsExactlyInAnyOrder("taskIds", "assignee");
    }

    @Test
    void shouldMoveATaskBetweenTeamQueuesWhenItsCandidateTeamsChange() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        String reference = newCase(officer, "11", "Rosalind Franklin", "NFIB3A", null, 75);
        String taskId = only(officer.get("/api/tasks?queue=ecu-triage&q=" + reference).json()).get("id").asText();

        engineTasks.addCandidateGroup(taskId, "ecu-supervisors");
        engineTasks.deleteCandidateGroup(taskId, "ecu-triage");

        assertThat(officer.get("/api/tasks?queue=ecu-triage&q=" + reference).json().get("tasks")).isEmpty();
        JsonNode moved = only(supervisor.get("/api/tasks?queue=ecu-supervisors&q=" + reference).json());
        assertThat(moved.get("id").asText()).isEqualTo(taskId);
        assertThat(moved.get("teams")).extracting(JsonNode::asText).containsExactly("ecu-supervisors");
    }

    @Test
    void shouldBringTheProjectionLevelWithTheEngineAtStartUp() throws Exception {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String reference = newCase(officer, "10", "Lise Meitner", "NFIB3A", null, 10);
        String taskId = only(officer.get("/api/tasks?queue=ecu-triage&q=" + reference).json()).get("id").asText();
        jdbc.update("DELETE FROM task_projection WHERE task_id = ?", taskId);
        jdbc.update("""
                INSERT INTO task_projection (task_id, process_key, task_type, name, created_at, priority, candidate_groups)
                VALUES ('gone-from-engine', 'fraud-triage', 'Task_Triage', 'Ghost', now(), 50, '{ecu-triage}')""");

        rebuild.run(null);

        assertThat(only(officer.get("/api/tasks?queue=ecu-triage&q=" + reference).json()).get("subject").asText())
                .isEqualTo("Lise Meitner");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM task_projection WHERE task_id = 'gone-from-engine'",
                Integer.class)).isZero();
    }

    private String triagedForEcuWithNoOfficer(ApiClient officer, String suffix) {
        String reference = newCase(officer, suffix, "Chien-Shiung Wu", "NFIB3A", null, 900);
        String triage = only(officer.get("/api/tasks?queue=ecu-triage&q=" + reference).json()).get("id").asText();
        officer.post("/api/tasks/" + triage + "/claim");
        assertThat(officer.post("/api/tasks/" + triage + "/complete", Map.of("linesOfEnquiry", List.of("Trace the account"),
                "priority", "HIGH", "decision", "ALLOCATE_ECU")).status()).isEqualTo(204);
        return reference;
    }

    private static String planTask(ApiClient supervisor, String reference) {
        return StreamSupport.stream(supervisor.get("/api/tasks/ready-to-allocate?size=100").json().get("tasks").spliterator(), false)
                .filter(t -> reference.equals(t.get("caseReference").asText()))
                .filter(t -> "Task_InvestigationPlan".equals(t.get("taskType").asText()))
                .map(t -> t.get("id").asText()).findFirst().orElseThrow();
    }

    private String newCase(ApiClient officer, String suffix, String victim, String nfibCode, String dateOfBirth, int loss) {
        String reference = "NFRC" + batch + "X" + suffix;
        Map<String, Object> dissemination = new HashMap<>(Map.of("crimeReference", reference, "reportedDate", "2026-11-02",
                "nfibCode", nfibCode, "victimType", "INDIVIDUAL", "victimName", victim, "lossGbp", loss,
                "policingArea", "Coventry"));
        if (dateOfBirth != null) {
            dissemination.put("victimDateOfBirth", dateOfBirth);
        }
        assertThat(officer.post("/api/fraud/disseminations", dissemination).status()).isEqualTo(201);
        return reference;
    }

    private void setDue(String reference, Date due) {
        engineTasks.setDueDate(engineTasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId(), due);
    }

    private static long count(JsonNode queues, String id) {
        return StreamSupport.stream(queues.get("queues").spliterator(), false)
                .filter(q -> id.equals(q.get("id").asText())).findFirst().orElseThrow().get("count").asLong();
    }

    private static JsonNode only(JsonNode page) {
        assertThat(page.get("tasks")).hasSize(1);
        return page.get("tasks").get(0);
    }

    private static List<String> references(JsonNode page) {
        return StreamSupport.stream(page.get("tasks").spliterator(), false)
                .map(t -> t.get("caseReference").asText()).toList();
    }
}
