package uk.police.ecu.casework.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
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
 * SLA clocks started and stopped by the real engine, breaches recorded by the scan, and their reviews.
 * Cases here run in mid-2021 (engine clock), when no other test's clock is due, so the scans below touch
 * only these clocks; every case and review started is deleted afterwards.
 */
@IntegrationTest
class SlaClockIntegrationTest {

    @Autowired
    FraudTriageService triage;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    BreachScan scan;
    @LocalServerPort
    int port;

    private final List<String> started = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        for (String reference : started) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
                    .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test over"));
        }
    }

    @Test
    void shouldTimeTriageFromIntake_andPutTheDueDateOnTheTaskAndTheTaskList() {
        at("2021-06-07T10:00");   // a Monday
        String reference = receive("NFIB3A");

        Clock clock = clock(reference, "triage-completed");
        // 5 working days from Monday 7 June: Monday 14 June, to the end of the day.
        assertThat(clock.due()).isEqualTo(london("2021-06-14T23:59:59"));
        assertThat(clock.team()).isEqualTo("ecu-triage");
        assertThat(clock.result()).isEqualTo("OPEN");
        // Warns at 75% of the time: 7d 13h 59m 59s after 10:00 on the 7th.
        assertThat(clock.warn()).isEqualTo(Instant.parse("2021-06-07T09:00:00Z")
                .plusMillis((clock.due().toEpochMilli() - Instant.parse("2021-06-07T09:00:00Z").toEpochMilli()) * 75 / 100));

        Task triageTask = task(reference);
        assertThat(triageTask.getTaskDefinitionKey()).isEqualTo("Task_Triage");
        assertThat(triageTask.getDueDate().toInstant()).isEqualTo(clock.due());
        assertThat(clock.taskId()).isEqualTo(triageTask.getId());
        assertThat(projectedDue(triageTask.getId())).isEqualTo(clock.due());
    }

    @Test
    void shouldMeetAnSlaWhenTheWorkIsDoneByTheDueTime() {
        at("2021-06-07T10:00");
        String reference = receive("NFIB90");
        Clock clock = clock(reference, "nfib90-recategorised");
        assertThat(clock.due()).isEqualTo(london("2021-06-09T23:59:59"));
        assertThat(task(reference).getDueDate().toInstant()).isEqualTo(clock.due());

        ClockUtil.setCurrentTime(java.util.Date.from(clock.due()));   // the very last moment in time
        tasks.complete(task(reference).getId(), Map.of("nfibCode", "NFIB3A"));

        Clock met = clock(reference, "nfib90-recategorised");
        assertThat(met.result()).isEqualTo("MET");
        assertThat(met.stoppedAt()).isEqualTo(clock.due());
        assertThat(met.breachedAt()).isNull();
        assertThat(reviewsOf(met.id())).isZero();
        // The triage clock started at intake now gives the triage task its due date.
        assertThat(task(reference).getDueDate().toInstant()).isEqualTo(london("2021-06-14T23:59:59"));
    }

    @Test
    void shouldCloseWorkDoneLateAsMetLate_recordingTheBreachAtTheDueTimeAndStartingAReview() {
        at("2021-06-07T10:00");
        String reference = receive("NFIB90");
        Clock clock = clock(reference, "nfib90-recategorised");

        at("2021-06-10T09:00");
        tasks.complete(task(reference).getId(), Map.of("nfibCode", "NFIB3A"));

        Clock late = clock(reference, "nfib90-recategorised");
        assertThat(late.result()).isEqualTo("MET_LATE");
        assertThat(late.breachedAt()).isEqualTo(clock.due());
        assertThat(late.stoppedAt()).isEqualTo(london("2021-06-10T09:00"));
        assertThat(reviewsOf(late.id())).isEqualTo(1);
    }

    @Test
    void shouldRecordABreachJustAfterTheDueTime_notAtIt_andOnlyOnce() {
        at("2021-06-14T10:00");
        String reference = receive("NFIB90");
        Clock clock = clock(reference, "nfib90-recategorised");

        assertThat(scan.recordBreaches(clock.due())).doesNotContain(clock.id());
        assertThat(clock(reference, "nfib90-recategorised").result()).isEqualTo("OPEN");

        assertThat(scan.recordBreaches(clock.due().plusSeconds(1))).contains(clock.id());
        assertThat(scan.recordBreaches(clock.due().plusSeconds(60))).doesNotContain(clock.id());

        Clock breached = clock(reference, "nfib90-recategorised");
        assertThat(breached.result()).isEqualTo("BREACHED");
        assertThat(breached.breachedAt()).isEqualTo(clock.due());
        assertThat(breached.stoppedAt()).isNull();
        assertThat(reviewsOf(clock.id())).isEqualTo(1);

        // Done after the breach: closed as met late, the breach kept, no second review.
        at("2021-06-18T12:00");
        tasks.complete(task(reference).getId(), Map.of("nfibCode", "NFIB3A"));
        Clock closed = clock(reference, "nfib90-recategorised");
        assertThat(closed.result()).isEqualTo("MET_LATE");
        assertThat(closed.breachedAt()).isEqualTo(clock.due());
        assertThat(reviewsOf(clock.id())).isEqualTo(1);
    }

    @Test
    void shouldRecordABreachThatFellWhileTheApplicationWasDown_onceAndWithItsTrueTime() {
        // A clock left OPEN with its due time in the past, as after a stop across the deadline.
        String reference = "NFRC-SLA-DOWN-" + UUID.randomUUID().toString().substring(0, 6);
        Instant due = london("2021-07-20T23:59:59");
        long id = jdbc.sql("""
                        INSERT INTO sla_clock (sla_id, sla_version, process_key, process_instance_id, case_reference,
                            start_key, task_id, team, started_at, due_at, warn_at)
                        VALUES ('nfib90-recategorised', 1, 'fraud-triage', ?, ?, ?, NULL, 'ecu-triage', ?, ?, ?)
                        RETURNING id""")
                .params("pi-" + reference, reference, "start-" + reference, utc(due.minusSeconds(86_400 * 2)),
                        utc(due), utc(due.minusSeconds(3600)))
                .query(Long.class).single();
        started.add(reference);

        // Start-up scans on two restarts (or two nodes) after the deadline.
        assertThat(scan.recordBreaches(london("2021-08-02T08:00"))).contains(id);
        assertThat(scan.recordBreaches(london("2021-08-02T08:00:30"))).doesNotContain(id);

        assertThat(jdbc.sql("SELECT result FROM sla_clock WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("BREACHED");
        assertThat(jdbc.sql("SELECT breached_at FROM sla_clock WHERE id = ?").param(id)
                .query(OffsetDateTime.class).single().toInstant()).isEqualTo(due);
        assertThat(reviewsOf(id)).isEqualTo(1);
    }

    @Test
    void shouldRouteATriageBreachReviewToTheEcuSupervisors_whoRecordTheCauseAndReassignTheLateWork() {
        at("2021-06-21T10:00");
        String reference = receive("NFIB90");
        Clock clock = clock(reference, "nfib90-recategorised");
        scan.recordBreaches(clock.due().plusSeconds(1));

        Task review = tasks.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey("Task_BreachReview").singleResult();
        assertThat(review).isNotNull();
        assertThat(tasks.getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("ecu-supervisors");
        assertThat(jdbc.sql("SELECT review_task_id FROM sla_breach_review WHERE clock_id = ?").param(clock.id())
                .query(String.class).single()).isEqualTo(review.getId());

        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        assertThat(officer.get("/api/tasks/" + review.getId()).status()).isEqualTo(404);
        assertThat(officer.get("/api/sla/reviews/" + review.getId()).status()).isEqualTo(404);

        ApiClient supervisor = ApiClient.signedIn(port, "ecu.supervisor");
        assertThat(supervisor.get("/api/tasks/" + review.getId()).status()).isEqualTo(200);
        var context = supervisor.get("/api/sla/reviews/" + review.getId()).json();
        assertThat(context.get("slaName").asText()).isEqualTo("NFIB90 recategorisation");
        assertThat(context.get("teamName").asText()).isEqualTo("ECU triage team");
        assertThat(context.get("lateWorkOpen").asBoolean()).isTrue();
        assertThat(context.get("reassignableTo").findValuesAsText("username")).contains("ecu.officer2");
        assertThat(supervisor.post("/api/tasks/" + review.getId() + "/claim").status()).isEqualTo(204);
        ApiClient.Response missing = supervisor.post("/api/tasks/" + review.getId() + "/complete", Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("cause", "justified", "actionTaken");

        ApiClient.Response done = supervisor.post("/api/tasks/" + review.getId() + "/complete", Map.of(
                "cause", "WORKLOAD", "justified", false, "actionTaken", "Recategorisation queue rebalanced",
                "reassignTo", "ecu.officer2"));
        assertThat(done.status()).isEqualTo(204);

        assertThat(task(reference).getAssignee()).isEqualTo("ecu.officer2");
        assertThat(jdbc.sql("""
                        SELECT cause || '/' || justified || '/' || action_taken || '/' || reviewed_by
                        FROM sla_breach_review WHERE clock_id = ?""")
                .param(clock.id()).query(String.class).single())
                .isEqualTo("WORKLOAD/false/Recategorisation queue rebalanced/ecu.supervisor");
    }

    record Clock(long id, String result, String team, String taskId, Instant due, Instant warn, Instant stoppedAt,
                 Instant breachedAt) {
    }

    private Clock clock(String reference, String slaId) {
        return jdbc.sql("""
                        SELECT id, result, team, task_id, due_at, warn_at, stopped_at, breached_at FROM sla_clock
                        WHERE case_reference = ? AND sla_id = ?""")
                .params(reference, slaId)
                .query((rs, n) -> new Clock(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        instant(rs.getObject(5, OffsetDateTime.class)), instant(rs.getObject(6, OffsetDateTime.class)),
                        instant(rs.getObject(7, OffsetDateTime.class)), instant(rs.getObject(8, OffsetDateTime.class))))
                .single();
    }

    private int reviewsOf(long clockId) {
        int rows = jdbc.sql("SELECT count(*) FROM sla_breach_review WHERE clock_id = ?").param(clockId)
                .query(Integer.class).single();
        long instances = runtime.createProcessInstanceQuery().processDefinitionKey(BreachReviews.PROCESS_KEY)
                .variableValueEquals(BreachReviews.CLOCK_ID, clockId).count();
        assertThat(instances).as("review processes of clock %s", clockId).isEqualTo(rows);
        return rows;
    }

    private Instant projectedDue(String taskId) {
        return jdbc.sql("SELECT due_at FROM task_projection WHERE task_id = ?").param(taskId)
                .query(OffsetDateTime.class).single().toInstant();
    }

    private Task task(String reference) {
        return tasks.createTaskQuery().processInstanceBusinessKey(reference).processDefinitionKey("fraud-triage")
                .singleResult();
    }

    private String receive(String nfibCode) {
        String reference = "NFRC-SLA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        runAs.user("ecu.officer", () -> triage.receive(new Dissemination(reference, LocalDate.of(2021, 6, 1), nfibCode,
                VictimType.INDIVIDUAL, "Test Victim", LocalDate.of(1980, 1, 1), null, null, null,
                new BigDecimal("500"), null, null, null, null)));
        started.add(reference);
        return reference;
    }

    private static void at(String londonTime) {
        ClockUtil.setCurrentTime(java.util.Date.from(london(londonTime)));
    }

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/London")).toInstant();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return SlaClockRepository.utc(instant);
    }
}
