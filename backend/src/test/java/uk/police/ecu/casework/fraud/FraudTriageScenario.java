package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationContext;
import uk.police.ecu.casework.BenchmarkResults;
import uk.police.ecu.casework.EngineBaselineScenario;
import uk.police.ecu.casework.reference.ReferenceDataRepository;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.RunAs;
import uk.police.ecu.casework.security.UserRepository;
import uk.police.ecu.casework.tasks.TaskListService;

/**
 * Scenario 2: a fraud case's whole triage path driven through the services the controllers call, as
 * the officer would: receive an NFIB90 dissemination, recategorise it, triage it to an ECU officer,
 * write the plan, tell the victim who is investigating, record the outcome. Every step is a claim (where
 * the task is offered to a queue) and a form completion, each in its own transaction.
 */
public class FraudTriageScenario {

    /** Engine operations per case: one start and five task completions. */
    static final int STEPS_PER_CASE = 8;

    private final FraudTriageService triage;
    private final TaskListService taskList;
    private final TaskService tasks;
    private final HistoryService history;
    private final RunAs runAs;
    private final ObjectMapper json;
    private final CaseworkUser officer;
    private final String outcomeCode;
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
    private int batch;

    public FraudTriageScenario(ApplicationContext context) {
        this.triage = context.getBean(FraudTriageService.class);
        this.taskList = context.getBean(TaskListService.class);
        this.tasks = context.getBean(TaskService.class);
        this.history = context.getBean(HistoryService.class);
        this.runAs = context.getBean(RunAs.class);
        this.json = context.getBean(ObjectMapper.class);
        this.officer = context.getBean(UserRepository.class).find("ecu.officer").orElseThrow();
        this.outcomeCode = context.getBean(ReferenceDataRepository.class).outcomeCodes().get(0).code();
    }

    public void report(BenchmarkResults results, EngineBaselineScenario baseline, int threads, int cases) {
        EngineBaselineScenario.Rates engine = baseline.rates(threads);
        drive(threads, cases / 10);
        double seconds = drive(threads, cases);
        double casesPerSecond = cases / seconds;
        String size = "%,d cases, %d thread%s".formatted(cases, threads, threads == 1 ? "" : "s");
        results.throughput("2 fraud triage full path", "NFIB90 case: receive → recategorise → triage → plan → "
                + "tell victim → outcome → tell victim of decision → offer statement", size, casesPerSecond, "cases", engine.instancesPerSecond(),
                "scenario 1 start and complete, same threads");
        results.throughput("2 fraud triage full path", "same, per engine step (1 start + 7 task completions a case)",
                size, casesPerSecond * STEPS_PER_CASE, "steps", engine.instancesPerSecond() * 2,
                "scenario 1 per step (1 start + 1 completion), same threads");
    }

    private double drive(int threads, int cases) {
        String prefix = "NFRC-BTRI-" + run + "-" + (batch++) + "-";
        double seconds = BenchmarkResults.parallel(threads, cases, i -> runAs.user("ecu.officer", () -> driveCase(prefix + i)));
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike(prefix + "%")
                .completed().count()).as("every case finalised").isEqualTo(cases);
        return seconds;
    }

    private void driveCase(String reference) {
        String instance = triage.receive(new Dissemination(reference, LocalDate.now().minusDays(1), "NFIB90",
                Dissemination.VictimType.INDIVIDUAL, "Bench Victim", null, null, null, null, BigDecimal.valueOf(1_500),
                5, null, null, null)).processInstanceId();
        complete(instance, "Task_Recategorise", true, Map.of("nfibCode", "NFIB3A"));
        complete(instance, "Task_Triage", true, Map.of("linesOfEnquiry", List.of("Trace the receiving account"),
                "priority", "HIGH", "decision", "ALLOCATE_ECU", "officer", officer.username()));
        complete(instance, "Task_InvestigationPlan", false, Map.of("actions", List.of(Map.of(
                "description", "Production order for the account", "owner", officer.username(),
                "dueDate", LocalDate.now().plusDays(14).toString()))));
        complete(instance, "Task_TellVictimOfficer", false, Map.of("toldOn", LocalDate.now().toString(), "method", "PHONE",
                "regularUpdatesDeclined", true));
        complete(instance, "Task_RecordOutcome", false, Map.of("outcomeCode", outcomeCode,
                "outcomeDate", LocalDate.now().toString()));
        complete(instance, "Task_TellVictimOfDecision", false, Map.of("toldOn", LocalDate.now().toString(),
                "method", "PHONE", "reviewOffered", true));
        // The first outcome code is a charge: the victim is offered a personal statement.
        if (tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_OfferPersonalStatement")
                .count() > 0) {
            complete(instance, "Task_OfferPersonalStatement", false, Map.of("toldOn", LocalDate.now().toString(),
                    "method", "PHONE", "statementResponse", "ACCEPTED"));
        }
    }

    private void complete(String instance, String taskKey, boolean claimFirst, Map<String, Object> answers) {
        String taskId = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
                .singleResult().getId();
        if (claimFirst) {
            taskList.claim(officer, taskId);
        }
        taskList.complete(officer, taskId, json.valueToTree(answers));
    }
}
