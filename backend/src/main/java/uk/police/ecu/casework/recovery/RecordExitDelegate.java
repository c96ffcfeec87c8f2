package uk.police.ecu.casework.recovery;

import static uk.police.ecu.casework.recovery.RecoveryProcess.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordExit}: records why and when the participant left (completed on the programme's end
 * date; disengaged or reoffended today; other exits as recorded through the API) and plans the
 * follow-ups at the intervals kept as data, counted from the exit date (none after a final exit). A pause still
 * open ends on the exit date: nobody stays paused on a programme they have left.
 */
@Component("recordExit")
class RecordExitDelegate implements JavaDelegate {

    /**
     * Exits after which nobody is followed up: a person who died, or who withdrew the consent that the
     * follow-ups rely on.
     */
    static final Set<String> FINAL_EXITS = Set.of("DIED", "WITHDREW_CONSENT");

    /** Who ended a pause that the participant's exit closed. */
    static final String ENDED_BY_EXIT = "exit";

    private final ParticipantRepository participants;
    private final FollowUpRepository followUps;
    private final FollowUpSchedule schedule;
    private final ProgrammeSettingRepository settings;
    private final ProgrammeCalendar calendar;
    private final PauseRepository pauses;

    RecordExitDelegate(ParticipantRepository participants, FollowUpRepository followUps, FollowUpSchedule schedule,
                       ProgrammeSettingRepository settings, ProgrammeCalendar calendar, PauseRepository pauses) {
        this.calendar = calendar;
        this.pauses = pauses;
        this.participants = participants;
        this.followUps = followUps;
        this.schedule = schedule;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        String reason = (String) execution.getVariable(EXIT_REASON);
        LocalDate exitDate = exitDate(execution, reason);
        participants.recordExit(reference, reason, exitDate, (String) execution.getVariable(EXIT_NOTES));
        LocalDate recorded = participants.find(reference).map(Participant::exitDate).orElse(exitDate);
        pauses.open(reference).ifPresent(pause -> pauses.end(pause.id(),
                recorded.isBefore(pause.startedOn()) ? pause.startedOn() : recorded, ENDED_BY_EXIT));
        if (!FINAL_EXITS.contains(reason)) {
            settings.followUpMonths().forEach(months -> followUps.plan(reference, months, recorded.plusMonths(months)));
        }
        execution.setVariables(schedule.nextFor(reference));
    }

    private LocalDate exitDate(DelegateExecution execution, String reason) {
        if (execution.getVariable(EXIT_DATE) instanceof String date) {
            return LocalDate.parse(date);
        }
        if ("COMPLETED".equals(reason) && execution.getVariable(PROGRAMME_ENDS_AT) instanceof Date ends) {
            return calendar.dayOf(ends);
        }
        return calendar.today();
    }
}
