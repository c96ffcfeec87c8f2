package uk.police.ecu.casework.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;
import uk.police.ecu.casework.fraud.Dissemination;
import uk.police.ecu.casework.fraud.Dissemination.VictimType;
import uk.police.ecu.casework.fraud.FraudTriageService;
import uk.police.ecu.casework.security.RunAs;

/**
 * A month of cases with known dates, through the real engine and the API, and every cell of the Victims'
 * Code compliance report for it, its CSV and its drill-down. The cases are those of a test-only Victims'
 * Code right ("vc-report-check", Code version VC-TEST) timed on a test-only process, in February 2088 on
 * the engine's clock, which no other test reaches; everything started is removed afterwards.
 */
@IntegrationTest
class VictimsCodeReportIntegrationTest {

    private static final String PROCESS = "vc-report-check";
    private static final String RIGHT = "vc-report-check@VC-TEST";
    private static final String FEBRUARY = "from=2088-02&to=2088-02";

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BreachScan scan;
    @Autowired
    FraudTriageService triage;
    @Autowired
    RunAs runAs;
    @LocalServerPort
    int port;

    private final List<String> references = new ArrayList<>();
    private final Map<String, String> caseOf = new HashMap<>();
    private final Map<String, String> instances = new HashMap<>();
    private String deploymentId;

    @BeforeEach
    void deployTheTestRight() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).name("Victims' Code report check")
                .startEvent("StartEvent_Check").name("Check started")
                .userTask(VictimsCodeCheckForm.TASK).name("Tell the victim").camundaCandidateGroups("${team}")
                .camundaDueDate("${dueAt}")
                .userTask("Task_VcReportFollowUp").name("Follow up").camundaCandidateGroups("${team}")
                .endEvent("EndEvent_Checked").name("Checked")
                .done();
        deploymentId = repository.createDeployment().name("victims-code-report-test")
                .addModelInstance(PROCESS + ".bpmn", model).deploy().getId();
        jdbc.sql("""
                        INSERT INTO sla_definition (id, version, name, process_key, start_trigger, start_element,
                            stop_trigger, stop_element, due_rule, due_amount, accountable_team, victims_code_version,
                            effective_from, description)
                        VALUES ('vc-report-check', 1, 'Report check: victim told', 'vc-report-check', 'TASK_CREATED',
                            'Task_VcReportCheck', 'TASK_COMPLETED', 'Task_VcReportCheck', 'TASK_DUE_DATE', NULL,
                            'TASK_CANDIDATE_TEAM', 'VC-TEST', '2021-04-01', 'Test only: a victim told by the task''s due date')
                        ON CONFLICT DO NOTHING""").update();
        // The survey's "timely updates" counts this right too, to show an area adds up its rights' cases.
        jdbc.sql("INSERT INTO victims_code_survey_area_sla VALUES ('TIMELY_UPDATES', 'vc-report-check') ON CONFLICT DO NOTHING")
                .update();
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        for (String reference : references) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
                    .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test over"));
        }
        repository.deleteDeployment(deploymentId, true);
        jdbc.sql("DELETE FROM victims_code_survey_area_sla WHERE sla_id = 'vc-report-check'").update();
        jdbc.sql("DELETE FROM sla_breach_review WHERE clock_id IN (SELECT id FROM sla_clock WHERE sla_id = 'vc-report-check')")
                .update();
        jdbc.sql("DELETE FROM sla_clock WHERE sla_id = 'vc-report-check'").update();
        jdbc.sql("DELETE FROM sla_definition WHERE id = 'vc-report-check'").update();
    }

    @Test
    void shouldCountEveryCaseOfTheMonthInExactlyOneColumn_andListTheCasesBehindEachNumber() {
        at("2088-02-01T09:00");
        start("EARLY", "ecu-investigations", "2088-02-10T17:00");
        start("ON_THE_LIMIT", "ecu-investigations", "2088-02-11T17:00");
        start("LATE", "ecu-investigations", "2088-02-12T17:00");
        start("NEVER_DONE", "ecu-investigations", "2088-02-13T17:00");
        start("OPTED_OUT", "ecu-investigations", "2088-02-16T17:00");
        start("UNREACHABLE", "ecu-investigations", "2088-02-17T17:00");
        start("UNREACHABLE_LATE", "ecu-investigations", "2088-02-18T17:00");
        start("WITHDRAWN", "ecu-investigations", "2088-02-20T17:00");
        start("OTHER_TEAM", "lpa-coventry", "2088-02-21T17:00");
        start("NOT_YET_DUE", "ecu-investigations", "2088-02-28T17:00");
        start("MARCH", "ecu-investigations", "2088-03-01T00:30");
        // Two crimes received this month: no product evidence of the rights not yet recorded, for either.
        at("2088-02-03T11:00");
        String crimeA = receive();
        String crimeB = receive();

        at("2088-02-09T10:00");
        complete("EARLY", null);
        at("2088-02-11T17:00");   // the very last moment
        complete("ON_THE_LIMIT", null);
        at("2088-02-14T10:00");
        complete("LATE", null);
        at("2088-02-15T10:00");
        complete("OPTED_OUT", "OPTED_OUT");
        // The ending stays on its task: the next task of the case does not inherit it.
        String optedOut = instanceOf("OPTED_OUT");
        assertThat(runtime.getVariable(optedOut, "victimsCodeClockEnd")).isNull();
        assertThat(runtime.getVariable(optedOut, "victimTold")).isEqualTo(false);
        assertThat(tasks.createTaskQuery().processInstanceId(optedOut).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_VcReportFollowUp");
        at("2088-02-16T10:00");
        complete("UNREACHABLE", "UNREACHABLE");
        at("2088-02-19T10:00");
        complete("UNREACHABLE_LATE", "UNREACHABLE");
        runtime.deleteProcessInstance(instanceOf("WITHDRAWN"), "case withdrawn");
        at("2088-02-20T10:00");
        scan.recordBreaches(ClockUtil.getCurrentTime().toInstant());
        at("2088-02-20T11:00");
        tasks.complete(task("OTHER_TEAM").getId(), Map.of());

        at("2088-02-25T12:00");
        assertThat(results()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("EARLY", "MET/-"), Map.entry("ON_THE_LIMIT", "MET/-"), Map.entry("LATE", "MET_LATE/breached"),
                Map.entry("NEVER_DONE", "BREACHED/breached"), Map.entry("OPTED_OUT", "OPTED_OUT/-"),
                Map.entry("UNREACHABLE", "UNREACHABLE/-"), Map.entry("UNREACHABLE_LATE", "UNREACHABLE/breached"),
                Map.entry("WITHDRAWN", "CANCELLED/-"), Map.entry("OTHER_TEAM", "MET/-"),
                Map.entry("NOT_YET_DUE", "OPEN/-"), Map.entry("MARCH", "OPEN/-")));

        // The analyst: every team. due, met on time, met late, not met, opted out/unreachable, n/a, not recorded, not yet due.
        ApiClient analyst = ApiClient.signedIn(port, "analyst");
        JsonNode report = analyst.get("/api/sla/victims-code?from=2088-02&to=2088-03").json();
        assertThat(report.get("months").toString()).isEqualTo("[\"2088-02\",\"2088-03\"]");
        assertThat(cells(report, RIGHT)).containsExactly(
                "2088-02: 10 3 1 2 2 1 0 1 [Task withdrawn before it fell due: the case was closed or withdrawn=1]",
                "2088-03: 1 0 0 0 0 0 0 1 []");
        JsonNode right = right(report, RIGHT);
        assertThat(right.get("kind").asText()).isEqualTo("SLA");
        assertThat(right.get("victimsCodeVersion").asText()).isEqualTo("VC-TEST");
        assertThat(right.get("evidenceRecorded").asBoolean()).isTrue();
        assertThat(cells(report, "area:TIMELY_UPDATES")).containsExactly(
                "2088-02: 10 3 1 2 2 1 0 1 [Task withdrawn before it fell due: the case was closed or withdrawn=1]",
                "2088-03: 1 0 0 0 0 0 0 1 []");
        // Areas whose clocks exist but none ran this month: nothing due, never a guess.
        for (String timed : List.of("area:SUPPORT_REFERRAL", "area:END_OF_JOURNEY", "area:PERSONAL_STATEMENT_OFFERED")) {
            assertThat(right(report, timed).get("evidenceRecorded").asBoolean()).as(timed).isTrue();
            assertThat(cells(report, timed)).as(timed).containsExactly(
                    "2088-02: 0 0 0 0 0 0 0 0 []", "2088-03: 0 0 0 0 0 0 0 0 []");
        }
        for (String unrecorded : List.of("area:CRIME_RECORDED_ACKNOWLEDGED")) {
            assertThat(right(report, unrecorded).get("evidenceRecorded").asBoolean()).isFalse();
            assertThat(cells(report, unrecorded)).as(unrecorded).containsExactly(
                    "2088-02: 2 0 0 0 0 0 2 0 []", "2088-03: 0 0 0 0 0 0 0 0 []");
        }
        assertThat(StreamSupport.stream(report.get("rights").spliterator(), false).map(r -> r.get("id").asText()))
                .startsWith("area:CRIME_RECORDED_ACKNOWLEDGED", "area:TIMELY_UPDATES", "area:END_OF_JOURNEY",
                        "area:SUPPORT_REFERRAL", "area:PERSONAL_STATEMENT_OFFERED")
                .contains("victim-told-officer@VC2020", "victim-told-of-case-event@VC2020", "victim-support-referral@VC2020");

        // A supervisor: only the teams they supervise, so not the local policing area's case, nor unallocated crimes.
        JsonNode supervised = ApiClient.signedIn(port, "ecu.supervisor").get("/api/sla/victims-code?" + FEBRUARY).json();
        assertThat(cells(supervised, RIGHT)).containsExactly(
                "2088-02: 9 2 1 2 2 1 0 1 [Task withdrawn before it fell due: the case was closed or withdrawn=1]");
        assertThat(cells(supervised, "area:END_OF_JOURNEY")).containsExactly("2088-02: 0 0 0 0 0 0 0 0 []");

        // The CSV: one line per right and month, the same numbers.
        ApiClient.Response csv = analyst.get("/api/sla/victims-code.csv?" + FEBRUARY);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("victims-code-compliance-2088-02-to-2088-02.csv");
        assertThat(csv.body()).startsWith("right,right_name,code_right,victims_code_version,local_standard,"
                        + "evidence_recorded,month,cases_due,met_on_time,met_late,not_met,opted_out_or_unreachable,"
                        + "not_applicable,not_applicable_reasons,not_recorded,not_yet_due\r\n")
                .contains("\r\n" + RIGHT + ",Report check: victim told,,VC-TEST,false,true,2088-02,10,3,1,2,2,1,"
                        + "Task withdrawn before it fell due: the case was closed or withdrawn (1),0,1\r\n")
                .contains("\r\narea:CRIME_RECORDED_ACKNOWLEDGED,Acknowledgement that the crime was recorded,Right 3,,"
                        + "false,false,2088-02,2,0,0,0,0,0,,2,0\r\n")
                .contains("\r\narea:END_OF_JOURNEY,Told of the end of the criminal justice journey,Rights 6 and 9,,"
                        + "false,true,2088-02,0,0,0,0,0,0,,0,0\r\n")
                .contains("\r\narea:TIMELY_UPDATES,Timely updates,Right 6,,false,true,2088-02,10,3,1,2,2,1,"
                        + "Task withdrawn before it fell due: the case was closed or withdrawn (1),0,1\r\n");

        // The drill-down behind each number: crime reference, team, task, due and stopped; never a victim's name.
        assertThat(drill(analyst, RIGHT, "MET")).containsExactly(
                "EARLY ecu-investigations 2088-02-10T17:00:00Z 2088-02-09T10:00:00Z -",
                "ON_THE_LIMIT ecu-investigations 2088-02-11T17:00:00Z 2088-02-11T17:00:00Z -",
                "OTHER_TEAM lpa-coventry 2088-02-21T17:00:00Z 2088-02-20T11:00:00Z -");
        assertThat(drill(analyst, RIGHT, "MET_LATE")).containsExactly(
                "LATE ecu-investigations 2088-02-12T17:00:00Z 2088-02-14T10:00:00Z -");
        assertThat(drill(analyst, RIGHT, "NOT_MET")).containsExactly(
                "NEVER_DONE ecu-investigations 2088-02-13T17:00:00Z - Not done by the due time",
                "UNREACHABLE_LATE ecu-investigations 2088-02-18T17:00:00Z 2088-02-19T10:00:00Z "
                        + "Victim could not be reached, after the limit had passed");
        assertThat(drill(analyst, RIGHT, "OPTED_OUT_OR_UNREACHABLE")).containsExactly(
                "OPTED_OUT ecu-investigations 2088-02-16T17:00:00Z 2088-02-15T10:00:00Z Victim opted out of updates",
                "UNREACHABLE ecu-investigations 2088-02-17T17:00:00Z 2088-02-16T10:00:00Z Victim could not be reached");
        assertThat(drill(analyst, RIGHT, "NOT_APPLICABLE")).containsExactly(
                "WITHDRAWN ecu-investigations 2088-02-20T17:00:00Z 2088-02-19T10:00:00Z "
                        + "Task withdrawn before it fell due: the case was closed or withdrawn");
        assertThat(drill(analyst, RIGHT, "NOT_YET_DUE")).containsExactly(
                "NOT_YET_DUE ecu-investigations 2088-02-28T17:00:00Z - -");
        assertThat(drill(analyst, RIGHT, "NOT_RECORDED")).isEmpty();
        assertThat(drill(analyst, RIGHT, null)).hasSize(10);
        assertThat(drill(ApiClient.signedIn(port, "ecu.supervisor"), RIGHT, "MET")).hasSize(2);
        JsonNode line = analyst.get("/api/sla/victims-code/cases?right=" + RIGHT + "&month=2088-02&status=MET_LATE")
                .json().get(0);
        assertThat(line.get("taskId").asText()).isNotBlank();
        assertThat(line.get("right").asText()).isEqualTo("Report check: victim told");
        assertThat(line.toString()).doesNotContain("Test Victim");

        List<String> notRecorded = StreamSupport.stream(analyst.get("/api/sla/victims-code/cases?right=area:CRIME_RECORDED_ACKNOWLEDGED"
                        + "&month=2088-02&status=NOT_RECORDED").json().spliterator(), false)
                .map(n -> n.get("caseReference").asText() + " " + n.get("status").asText()).toList();
        assertThat(notRecorded).containsExactlyInAnyOrder(crimeA + " NOT_RECORDED", crimeB + " NOT_RECORDED");
        assertThat(analyst.get("/api/sla/victims-code/cases?right=area:CRIME_RECORDED_ACKNOWLEDGED&month=2088-02&status=MET").json())
                .isEmpty();

        // Only supervisors and analysts read it.
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        assertThat(officer.get("/api/sla/victims-code?" + FEBRUARY).status()).isEqualTo(403);
        assertThat(officer.get("/api/sla/victims-code/cases?right=" + RIGHT + "&month=2088-02").status()).isEqualTo(403);
    }

    @Test
    void shouldEndAClockOnlyByTheEndingOfItsOwnTask_notByOneLeftOnTheCase() {
        at("2088-04-03T09:00");
        start("CASE_VARIABLE", "ecu-investigations", "2088-04-10T17:00");
        // An ending left on the case (a process variable) by some earlier step is not this task's ending.
        runtime.setVariable(instanceOf("CASE_VARIABLE"), "victimsCodeClockEnd", "OPTED_OUT");
        at("2088-04-04T09:00");
        complete("CASE_VARIABLE", null);

        assertThat(results()).containsExactlyEntriesOf(Map.of("CASE_VARIABLE", "MET/-"));
    }

    @Test
    void shouldRefuseAPeriodThatEndsBeforeItStarts_anUnknownRightAndAnUnknownStatus() {
        ApiClient analyst = ApiClient.signedIn(port, "analyst");
        ApiClient.Response backwards = analyst.get("/api/sla/victims-code?from=2088-03&to=2088-02");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("fieldErrors").get(0).get("field").asText()).isEqualTo("from");
        assertThat(analyst.get("/api/sla/victims-code?from=2088-13").status()).isEqualTo(400);
        assertThat(analyst.get("/api/sla/victims-code/cases?right=nobody@VC2020&month=2088-02").status()).isEqualTo(404);
        assertThat(analyst.get("/api/sla/victims-code/cases?right=" + RIGHT + "&month=2088-02&status=GUESSED").status())
                .isEqualTo(400);
    }

    private void start(String name, String team, String londonDue) {
        String reference = "NFRC-VCR-" + name + "-" + UUID.randomUUID().toString().substring(0, 6);
        instances.put(name, runtime.startProcessInstanceByKey(PROCESS, reference,
                Map.of("team", team, "dueAt", Date.from(london(londonDue)))).getId());
        references.add(reference);
        caseOf.put(reference, name);
    }

    /** Claims and completes the case's task through the API as its officer, with the form's clock ending. */
    private void complete(String name, String clockEnd) {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        String taskId = task(name).getId();
        assertThat(officer.post("/api/tasks/" + taskId + "/claim").status()).isEqualTo(204);
        Map<String, Object> answers = new HashMap<>();
        answers.put("clockEnd", clockEnd);
        assertThat(officer.post("/api/tasks/" + taskId + "/complete", answers).status()).isEqualTo(204);
    }

    private String receive() {
        String reference = "NFRC-VCR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        runAs.user("ecu.officer", () -> triage.receive(new Dissemination(reference, LocalDate.of(2088, 2, 2), "NFIB3A",
                VictimType.INDIVIDUAL, "Test Victim", LocalDate.of(1980, 1, 1), null, null, null,
                new BigDecimal("500"), null, null, null, null)));
        references.add(reference);
        return reference;
    }

    private Map<String, String> results() {
        Map<String, String> results = new HashMap<>();
        jdbc.sql("SELECT case_reference, result, breached_at IS NOT NULL FROM sla_clock WHERE sla_id = 'vc-report-check'")
                .query((rs, n) -> results.put(caseOf.get(rs.getString(1)),
                        rs.getString(2) + "/" + (rs.getBoolean(3) ? "breached" : "-")))
                .list();
        return results;
    }

    private String instanceOf(String name) {
        return instances.get(name);
    }

    private Task task(String name) {
        return tasks.createTaskQuery().processInstanceId(instances.get(name))
                .taskDefinitionKey(VictimsCodeCheckForm.TASK).singleResult();
    }

    private static JsonNode right(JsonNode report, String id) {
        return StreamSupport.stream(report.get("rights").spliterator(), false)
                .filter(r -> r.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> cells(JsonNode report, String id) {
        return StreamSupport.stream(right(report, id).get("months").spliterator(), false)
                .map(m -> m.get("month").asText() + ": " + m.get("due").asInt() + " " + m.get("metOnTime").asInt() + " "
                        + m.get("metLate").asInt() + " " + m.get("notMet").asInt() + " "
                        + m.get("optedOutOrUnreachable").asInt() + " " + m.get("notApplicable").asInt() + " "
                        + m.get("notRecorded").asInt() + " " + m.get("notYetDue").asInt() + " "
                        + StreamSupport.stream(m.get("notApplicableReasons").spliterator(), false)
                        .map(r -> r.get("reason").asText() + "=" + r.get("cases").asInt()).toList())
                .toList();
    }

    private List<String> drill(ApiClient client, String right, String status) {
        ApiClient.Response response = client.get("/api/sla/victims-code/cases?right=" + right + "&month=2088-02"
                + (status == null ? "" : "&status=" + status));
        assertThat(response.status()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false)
                .map(n -> caseOf.get(n.get("caseReference").asText()) + " " + n.get("team").asText() + " "
                        + time(n.get("dueAt")) + " " + time(n.get("stoppedAt")) + " "
                        + text(n.get("reason")))
                .toList();
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "-" : value.asText();
    }

    private static String time(JsonNode value) {
        return value == null || value.isNull() ? "-" : Instant.parse(value.asText()).toString();
    }

    private static void at(String londonTime) {
        ClockUtil.setCurrentTime(Date.from(london(londonTime)));
    }

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/London")).toInstant();
    }
}
