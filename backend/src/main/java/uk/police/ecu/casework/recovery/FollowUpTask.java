package uk.police.ecu.casework.recovery;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/** Completes {@code Task_FollowUp}: abstinence and reoffending at the follow-up now due. */
@Component
class FollowUpTask implements TaskForm<FollowUpTask.Form> {

    record Form(@NotNull(message = "Say whether the person is abstinent") Boolean abstinent,
                @NotNull(message = "Say whether the person has reoffended") Boolean reoffended,
                List<@Valid Offence> offences,
                String notes) {

        List<Offence> offencesOrNone() {
            return offences == null ? List.of() : offences;
        }
    }

    private final ParticipantRepository participants;
    private final FollowUpRepository followUps;
    private final FollowUpSchedule schedule;
    private final ProgrammeCalendar calendar;

    FollowUpTask(ParticipantRepository participants, FollowUpRepository followUps, FollowUpSchedule schedule,
                 ProgrammeCalendar calendar) {
        this.calendar = calendar;
        this.participants = participants;
        this.followUps = followUps;
        this.schedule = schedule;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("Task_FollowUp");
    }

    @Override
    public Class<Form> formType() {
        return Form.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Form form) {
        if (!form.reoffended() && !form.offencesOrNone().isEmpty()) {
            throw InvalidInputException.field("offences", "Offences are listed only when the person has reoffended");
        }
        FollowUpRepository.FollowUp due = followUps.next(task.caseReference()).orElseThrow();
        followUps.record(due.id(), form.abstinent(), form.reoffended(), form.notes(), task.user().username(),
                calendar.today());
        participants.addOffences(task.caseReference(), form.offencesOrNone(), "FOLLOW_UP", task.user().username());
        return schedule.nextFor(task.caseReference());
    }
}
