package uk.police.ecu.casework.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import uk.police.ecu.casework.fraud.Dissemination;
import uk.police.ecu.casework.fraud.Dissemination.VictimType;
import uk.police.ecu.casework.fraud.FraudTriageService;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.security.RunAs;
import uk.police.ecu.casework.tasks.TaskListService;

/**
 * Fraud cases at every stage (awaiting recategorisation, triage, filing approval, acceptance,
 * plan, victim update, finalised), worked through the same forms an officer uses.
 */
@DemoContribution
class FraudDemoCases implements DemoData {

    private final FraudTriageService triage;
    private final DemoHistoryRepository history;
    private final TaskListService taskList;
    private final TaskService engineTasks;
    private final RunAs runAs;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final Clock clock;

    FraudDemoCases(FraudTriageService triage, DemoHistoryRepository history, TaskListService taskList,
                   TaskService engineTasks, RunAs runAs, CurrentUser currentUser, ObjectMapper json,
                   Clock clock) {
        this.clock = clock;
        this.triage = triage;
        this.history = history;
        this.taskList = taskList;
        this.engineTasks = engineTasks;
        this.runAs = runAs;
        this.currentUser = currentUser;
        this.json = json;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        if (history.hasCrime("NFRC240101001")) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        runAs.user("ecu.officer", () -> {
            receive("NFRC240101001", "NFIB1D", VictimType.INDIVIDUAL, "Margaret Ellis", LocalDate.of(1946, 5, 2), "24500", 8);
            receive("NFRC240101002", "NFIB3A", VictimType.INDIVIDUAL, "Derek Owusu", LocalDate.of(1984, 11, 19), "640", 3);
            receive("NFRC240101003", "NFIB90", VictimType.ORGANISATION, "Harlow Joinery Ltd", null, "3200", null);
            receive("NFRC240101004", "NFIB2A", VictimType.INDIVIDUAL, "Patricia Hale", LocalDate.of(1951, 2, 14), "41000", 6);
            triageAs("NFRC240101004", Map.of("linesOfEnquiry", List.of(), "priority", "MEDIUM", "decision", "FILE",
                    "filingRationale", "Payments made to an overseas platform; no UK suspect or account identified.",
                    "filingOutcomeCode", "18"));
            receive("NFRC240101005", "NFIB3D", VictimType.INDIVIDUAL, "Samir Qureshi", LocalDate.of(1979, 7, 30), "12800", 4);
            triageAs("NFRC240101005", Map.of("linesOfEnquiry", List.of("Trace the UK mule account that received £12,800"),
                    "priority", "HIGH", "decision", "ALLOCATE_ECU", "officer", "ecu.officer"));
            receive("NFRC240101006", "NFIB5A", VictimType.INDIVIDUAL, "Helen Marsh", LocalDate.of(1990, 3, 8), "450", 2);
            triageAs("NFRC240101006", Map.of("linesOfEnquiry", List.of("CCTV at the Bull Ring collection point"),
                    "priority", "LOW", "decision", "ALLOCATE_AREA", "policingArea", "birmingham-east"));
            receive("NFRC240101007", "NFIB1H", VictimType.INDIVIDUAL, "Graham Pike", LocalDate.of(1988, 9, 1), "300", 1);
            triageAs("NFRC240101007", Map.of("linesOfEnquiry", List.of(), "priority", "LOW", "decision", "FILE",
                    "filingRationale", "Crypto wallet only; no identifiable suspect.", "filingOutcomeCode", "18"));
            receive("NFRC240101008", "NFIB3A", VictimType.INDIVIDUAL, "Aisha Begum", LocalDate.of(1969, 12, 12), "980", 3);
            triageAs("NFRC240101008", Map.of("linesOfEnquiry", List.of("Seller's phone number is a local contract"),
                    "priority", "MEDIUM", "decision", "ALLOCATE_ECU", "officer", "ecu.officer"));
            complete("NFRC240101008", "Task_InvestigationPlan", Map.of("actions", List.of(Map.of(
                    "description", "Interview the seller", "owner", "DC Priya Shah", "dueDate", today.toString()))));
            complete("NFRC240101008", "Task_TellVictimOfficer", Map.of("toldOn", today.toString(), "method", "PHONE",
                    "updateEveryDays", 28, "updateMethod", "PHONE"));
            complete("NFRC240101008", "Task_RecordOutcome", Map.of("outcomeCode", "1", "outcomeDate", today.toString()));
            complete("NFRC240101008", "Task_TellVictimOfDecision", Map.of("toldOn", today.toString(), "method", "PHONE"));
            complete("NFRC240101008", "Task_OfferPersonalStatement", Map.of("toldOn", today.toString(),
                    "method", "PHONE", "statementResponse", "ACCEPTED"));
            receive("NFRC240101010", today.minusYears(7).minusMonths(2), "NFIB3A", VictimType.INDIVIDUAL, "Alan Pryce",
                    LocalDate.of(1962, 4, 17), "2100", 3);
            triageAs("NFRC240101010", Map.of("linesOfEnquiry", List.of("Bank statements of the receiving account"),
                    "priority", "LOW", "decision", "ALLOCATE_ECU", "officer", "ecu.officer"));
            complete("NFRC240101010", "Task_InvestigationPlan", Map.of("actions", List.of(Map.of("description",
                    "Obtain the bank statements", "owner", "DC Priya Shah", "dueDate", today.toString()))));
            complete("NFRC240101010", "Task_TellVictimOfficer", Map.of("toldOn", today.toString(), "method", "PHONE",
                    "updateEveryDays", 28, "updateMethod", "PHONE"));
            // Finalised over six years ago, so its review is due: the retention review has work in it.
            complete("NFRC240101010", "Task_RecordOutcome", Map.of("outcomeCode", "1",
                    "outcomeDate", today.minusYears(6).minusDays(10).toString()));
            complete("NFRC240101010", "Task_TellVictimOfDecision", Map.of("toldOn", today.toString(), "method", "PHONE"));
            complete("NFRC240101010", "Task_OfferPersonalStatement", Map.of("toldOn", today.toString(),
                    "method", "PHONE", "statementResponse", "DECLINED"));
            receive("NFRC240101009", "NFIB3A", VictimType.INDIVIDUAL, "Kwame Mensah", LocalDate.of(1958, 6, 21), "7350", 5);
            triageAs("NFRC240101009", Map.of("linesOfEnquiry", List.of("Courier collected cash from the victim's address"),
                    "priority", "HIGH", "decision", "ALLOCATE_ECU"));
        });
    }

    private void receive(String reference, String nfibCode, VictimType type, String victim, LocalDate dob,
                         String loss, Integer ndm) {
        receive(reference, LocalDate.now(clock).minusDays(3), nfibCode, type, victim, dob, loss, ndm);
    }

    private void receive(String reference, LocalDate reported, String nfibCode, VictimType type, String victim,
                         LocalDate dob, String loss, Integer ndm) {
        triage.receive(new Dissemination(reference, reported, nfibCode,
                type, victim, dob, null, null, "B5 4BU", new BigDecimal(loss), ndm, "birmingham-east",
                "Reported to Action Fraud online.", null));
    }

    private void triageAs(String reference, Map<String, Object> answers) {
        complete(reference, "Task_Triage", answers);
    }

    private void complete(String reference, String taskKey, Map<String, Object> answers) {
        String taskId = engineTasks.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(taskKey).singleResult().getId();
        taskList.claim(currentUser.get(), taskId);
        taskList.complete(currentUser.get(), taskId, json.valueToTree(answers));
    }
}
