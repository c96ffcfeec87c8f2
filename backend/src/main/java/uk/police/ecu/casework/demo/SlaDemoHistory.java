package uk.police.ecu.casework.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.ecu.casework.sla.BreachScan;
import uk.police.ecu.casework.sla.SlaDefinition;
import uk.police.ecu.casework.sla.SlaDefinitionRepository;
import uk.police.ecu.casework.sla.SlaDueTimes;

/**
 * Demo service levels: twelve weeks of finished clocks on the demo cases, so the dashboard has a trend
 * and compliance to show, plus live work made late by moving two demo clocks back in time: NFRC240101003's
 * recategorisation has breached (its review waits for ecu.supervisor) and NFRC240101001's triage is at risk.
 */
@DemoContribution
class SlaDemoHistory implements DemoData {

    private static final String MARK = "demo-history-";
    private static final List<String> CASES = List.of("NFRC240101004", "NFRC240101005", "NFRC240101006",
            "NFRC240101007", "NFRC240101008");

    private final DemoHistoryRepository history;
    private final TaskService tasks;
    private final SlaDueTimes dueTimes;
    private final SlaDefinitionRepository definitions;
    private final BreachScan scan;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SlaDemoHistory(DemoHistoryRepository history, TaskService tasks, SlaDueTimes dueTimes, SlaDefinitionRepository definitions,
                   BreachScan scan, TransactionTemplate transaction, Clock clock) {
        this.history = history;
        this.tasks = tasks;
        this.dueTimes = dueTimes;
        this.definitions = definitions;
        this.scan = scan;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        if (history.hasClocksMarked(MARK)) {
            return;
        }
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            history(now);
            moveBack("NFRC240101003", "nfib90-recategorised", "Task_Recategorise", now.minus(Duration.ofDays(6)));
            moveBack("NFRC240101001", "triage-completed", "Task_Triage", now.minus(Duration.ofDays(5)));
        });
        scan.recordBreaches(now);
    }

    /** Finished clocks over the last twelve weeks: mostly met, some late, more of them lately. */
    private void history(Instant now) {
        String[][] slas = {{"triage-completed", "ecu-triage"}, {"nfib90-recategorised", "ecu-triage"},
                {"filing-approved", "ecu-supervisors"}, {"victim-told-officer", "ecu-investigations"},
                {"victim-told-of-case-event", "ecu-investigations"}, {"triage-completed", "lpa-coventry"}};
        int n = 0;
        for (int week = 12; week >= 1; week--) {
            for (int i = 0; i < 6; i++, n++) {
                String[] sla = slas[(week + i) % slas.length];
                Instant due = now.minus(Duration.ofDays(week * 7L - i)).minus(Duration.ofHours(3));
                Instant started = due.minus(Duration.ofDays(5));
                boolean late = (n * 7 + week) % 10 < (week <= 4 ? 3 : 1);
                Instant stopped = late ? due.plus(Duration.ofHours(20)) : due.minus(Duration.ofHours(30));
                history.addFinishedClock(new DemoHistoryRepository.FinishedClock(sla[0], MARK + n,
                        CASES.get(n % CASES.size()), sla[1], started, due, SlaDueTimes.warnAt(started, due, 75),
                        stopped, late));
            }
        }
    }

    /** Restarts a demo case's running clock as if it had started earlier, with the task's due date to match. */
    private void moveBack(String caseReference, String slaId, String taskKey, Instant started) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseReference).taskDefinitionKey(taskKey)
                .singleResult();
        if (task == null) {
            return;
        }
        SlaDefinition sla = definitions.all().stream().filter(d -> d.id().equals(slaId)).findFirst().orElseThrow();
        dueTimes.deadline(sla, started, null).ifPresent(deadline -> {
            history.moveClockBack(caseReference, slaId, started, deadline);
            tasks.setDueDate(task.getId(), Date.from(deadline.due()));
        });
    }
}
