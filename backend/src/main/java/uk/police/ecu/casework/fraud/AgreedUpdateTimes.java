package uk.police.ecu.casework.fraud;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * When the victim's next regular update falls due, at the frequency agreed with them (Right 6, "frequency of
 * updates": a limit agreed with the victim, not Code law). Due the agreed number of days after the last regular
 * update (or after the agreement); the task appears a little before, so the officer can plan the contact. Used by
 * the fraud triage model as {@code agreedUpdates}.
 */
@Component("agreedUpdates")
public class AgreedUpdateTimes {

    /** The process variable set when the outcome is recorded: no update falls due after it. */
    static final String OUTCOME_RECORDED = "outcomeRecorded";
    /** The timer that waits for the next update, re-timed when the frequency changes. */
    static final String TIMER = "Timer_UpdateDue";
    /** The regular update task, re-timed too when the frequency changes while it is open. */
    static final String TASK = "Task_UpdateVictim";
    /** The message that starts the regular updates when the frequency is agreed after the victim was told. */
    static final String AGREED_LATER = "UpdateFrequencyAgreed";
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
    /** The task appears a quarter of the interval before the update is due, a week at most. */
    private static final int MAX_NOTICE_DAYS = 7;

    private final VictimUpdateAgreementRepository agreements;
    private final VictimUpdateRepository updates;
    private final Clock clock;

    AgreedUpdateTimes(VictimUpdateAgreementRepository agreements, VictimUpdateRepository updates, Clock clock) {
        this.agreements = agreements;
        this.updates = updates;
        this.clock = clock;
    }

    /**
     * Whether updates are timed on this case: a frequency was agreed, the victim has not opted out and the outcome
     * is not yet recorded. An unreachable victim agreed nothing, so has no timed updates.
     */
    public boolean timed(DelegateExecution execution) {
        return !Boolean.TRUE.equals(execution.getVariable(OUTCOME_RECORDED))
                && timed(execution.getProcessBusinessKey());
    }

    /**
     * Whether a frequency may still be agreed later (the victim could not be reached, or agreed none, when told who
     * their officer is): not once the outcome is recorded or the victim has opted out of updates.
     */
    public boolean mayBeAgreed(DelegateExecution execution) {
        return !Boolean.TRUE.equals(execution.getVariable(OUTCOME_RECORDED))
                && updates.optedOutOn(execution.getProcessBusinessKey()).isEmpty();
    }

    boolean timed(String reference) {
        return agreements.current(reference).isPresent() && updates.optedOutOn(reference).isEmpty();
    }

    /** When the next update task appears (the timer's date). */
    public Date taskAppears(DelegateExecution execution) {
        return taskAppears(execution.getProcessBusinessKey());
    }

    /** The end of the day the next update is due: the update task's due date and its clock's limit. */
    public Date due(DelegateExecution execution) {
        return due(execution.getProcessBusinessKey());
    }

    Date due(String reference) {
        return Date.from(dueOn(reference).orElseThrow().atTime(END_OF_DAY).atZone(clock.getZone()).toInstant());
    }

    /** The day the next update is due, at the frequency now agreed; empty when none is agreed. */
    Optional<LocalDate> dueOn(String reference) {
        return agreements.current(reference).map(agreement -> {
            LocalDate from = agreements.lastRegularUpdateOn(reference)
                    .or(() -> agreements.firstAgreedOn(reference)).orElse(agreement.agreedOn());
            return from.plusDays(agreement.everyDays());
        });
    }

    Date taskAppears(String reference) {
        LocalDate due = dueOn(reference).orElseThrow();
        int everyDays = agreements.current(reference).orElseThrow().everyDays();
        return Date.from(due.minusDays(notice(everyDays)).atStartOfDay(clock.getZone()).toInstant());
    }

    private static int notice(int everyDays) {
        return Math.min(MAX_NOTICE_DAYS, everyDays / 4);
    }
}
