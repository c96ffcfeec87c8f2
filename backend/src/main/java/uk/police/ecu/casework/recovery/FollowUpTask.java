package uk.police.ecu.casework.recovery;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.shared.FieldError;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/**
 * Completes {@code Task_FollowUp}: abstinence and reoffending at the follow-up now due, or that the person
 * could not be traced (counted separately: nothing is known of their abstinence or reoffending).
 */
@Component
class FollowUpTask implements TaskForm<FollowUpTask.Form> {

    enum Result { FOLLOWED_UP, NOT_TRACED }

    /** {@code result}: followed up when not given (the form before "not traced" was offered). */
    record Form(Result result,
                Boolean abstinent,
                Boolean reoffended,
                List<@Valid Offence> offences,
                String notes) {

        Result resultOrFollowedUp() {
            return result == null ? Result.FOLLOWED_UP : result;
        }

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
        check(form);
        FollowUpRepository.FollowUp due = followUps.next(task.caseReference()).orElseThrow();
        followUps.record(due.id(), form.resultOrFollowedUp().name(), form.abstinent(), form.reoffended(), form.notes(),
                task.user().username(), calendar.today());
        participants.addOffences(task.caseReference(), form.offencesOrNone(), "FOLLOW_UP", task.user().username());
        return schedule.nextFor(task.caseReference());
    }

    private static void check(Form form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.resultOrFollowedUp() == Result.NOT_TRACED) {
            if (form.abstinent() != null || form.reoffended() != null || !form.offencesOrNone().isEmpty()) {
                errors.add(new FieldError("result",
                        "A person not traced has no abstinence, reoffending or offences recorded"));
            }
        } else {
            if (form.abstinent() == null) {
                errors.add(new FieldError("abstinent", "Say whether the person is abstinent"));
            }
            if (form.reoffended() == null) {
                errors.add(new FieldError("reoffended", "Say whether the person has reoffended"));
            } else if (!form.reoffended() && !form.offencesOrNone().isEmpty()) {
                errors.add(new FieldError("offences", "Offences are listed only when the person has reoffended"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Check the follow-up", errors);
        }
    }
}
