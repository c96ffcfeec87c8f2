package uk.police.ecu.casework.sla;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Service;

/**
 * Starts and stops SLA clocks from the engine's own events, inside the engine's transaction: the clock
 * and the work it measures commit or roll back together. Sets each task's due date from the clocks it
 * stops, so every task list sorts and filters by the SLA (the task list projection follows the task's
 * update event). Times are the product's clock, the engine's, which the process tests move.
 */
@Service
public class SlaClockService {

    /** The process variable holding the Victims' Code version a case started under. */
    static final String VICTIMS_CODE_VERSION = "victimsCodeVersion";

    private final SlaDefinitions definitions;
    private final SlaClockRepository clocks;
    private final SlaDueTimes dueTimes;
    private final BreachReviews reviews;
    private final Clock clock;

    SlaClockService(SlaDefinitions definitions, SlaClockRepository clocks, SlaDueTimes dueTimes, BreachReviews reviews,
                    Clock clock) {
        this.clock = clock;
        this.definitions = definitions;
        this.clocks = clocks;
        this.dueTimes = dueTimes;
        this.reviews = reviews;
    }

    void processStarted(DelegateExecution execution, String processKey) {
        Instant now = now();
        for (SlaDefinition sla : definitions.startingOn(processKey, SlaDefinition.StartTrigger.PROCESS_STARTED, null,
                (String) execution.getVariable(VICTIMS_CODE_VERSION), today(now))) {
            dueTimes.deadline(sla, now, null).ifPresent(deadline -> clocks.start(new SlaClockRepository.NewClock(sla,
                    processKey, execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
                    execution.getProcessInstanceId(), null, sla.fixedTeam(), now, deadline)));
        }
    }

    void taskCreated(DelegateTask task, String processKey) {
        if (BreachReviews.PROCESS_KEY.equals(processKey)) {
            reviews.reviewTaskCreated(task);
        }
        Instant now = now();
        String team = candidateTeam(task);
        Instant taskDue = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        List<Instant> dues = new ArrayList<>(clocks.attachTask(task.getProcessInstanceId(),
                task.getTaskDefinitionKey(), task.getId(), team));
        for (SlaDefinition sla : definitions.startingOn(processKey, SlaDefinition.StartTrigger.TASK_CREATED,
                task.getTaskDefinitionKey(), (String) task.getVariable(VICTIMS_CODE_VERSION), today(now))) {
            Instant startedAt = startOf(sla, task, now);
            Optional<SlaDueTimes.Deadline> deadline = dueTimes.deadline(sla, startedAt, taskDue);
            deadline.ifPresent(d -> {
                String accountable = sla.fixedTeam() == null ? team : sla.fixedTeam();
                clocks.start(new SlaClockRepository.NewClock(sla, processKey, task.getProcessInstanceId(),
                        task.getExecution().getProcessBusinessKey(), task.getId(), task.getId(), accountable,
                        startedAt, d))
                        .ifPresent(id -> {
                            dues.add(d.due());
                            // Logged after its limit had passed: breached at once, not when the scan next runs.
                            if (clocks.breachIfOverdue(id, now)) {
                                reviews.start(id);
                            }
                        });
            });
        }
        // The task is due when its earliest clock is (a model's own due date stands if it is earlier).
        dues.stream().min(Comparator.naturalOrder())
                .filter(due -> taskDue == null || due.isBefore(taskDue))
                .ifPresent(due -> task.setDueDate(Date.from(due)));
    }

    void taskCompleted(DelegateTask task) {
        clocks.stop(task.getId(), now(), ClockEnding.of(task.getVariableLocal(ClockEnding.VARIABLE)))
                .forEach(reviews::start);
    }

    /**
     * A task whose due date moved (the victim agreed a new update frequency): the clocks it started that are timed
     * by its due date move with it, unless already breached (a breach stands). Due at once: breached at once.
     */
    void taskUpdated(DelegateTask task) {
        // Only a due date that had a value and changed: not the one set as the task was created (by the model, then
        // by taskCreated), which an assignment in the same command would otherwise report as an update.
        PropertyChange change = task instanceof TaskEntity entity
                ? entity.getPropertyChanges().get(TaskEntity.DUE_DATE) : null;
        if (change == null || change.getOrgValue() == null || task.getDueDate() == null) {
            return;
        }
        Instant now = now();
        for (long id : clocks.retime(task.getId(), task.getDueDate().toInstant())) {
            if (clocks.breachIfOverdue(id, now)) {
                reviews.start(id);
            }
        }
    }

    /**
     * A task cancelled unfinished stops its clocks without a result, unless the case says why the victim could not
     * be updated (they withdrew or opted out, read from the task's scope): then its clocks end with that reason.
     */
    void taskDeleted(DelegateTask task) {
        ClockEnding ending = ClockEnding.of(task.getVariable(ClockEnding.VARIABLE));
        if (ending == null) {
            clocks.cancel(task.getId(), now());
        } else {
            clocks.stop(task.getId(), now(), ending).forEach(reviews::start);
        }
    }

    /**
     * When the clock starts: the moment of the event the limit names, if the task carries it (never later
     * than now: an event cannot be logged before it happens), otherwise now.
     */
    private static Instant startOf(SlaDefinition sla, DelegateTask task, Instant now) {
        if (sla.startVariable() == null || !(task.getVariable(sla.startVariable()) instanceof Date eventAt)) {
            return now;
        }
        Instant at = eventAt.toInstant();
        return at.isAfter(now) ? now : at;
    }

    private static String candidateTeam(DelegateTask task) {
        return task.getCandidates().stream().filter(link -> link.getGroupId() != null)
                .map(link -> link.getGroupId()).sorted().findFirst().orElse(null);
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, clock.getZone());
    }
}
