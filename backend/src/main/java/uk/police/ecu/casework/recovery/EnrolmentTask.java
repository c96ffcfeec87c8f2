package uk.police.ecu.casework.recovery;

import static uk.police.ecu.casework.recovery.RecoveryProcess.*;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.security.UserRepository;
import uk.police.ecu.casework.shared.FieldError;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/**
 * Completes {@code Task_Enrolment}: the enrolment date, the key worker (a drug referral worker of the
 * area) and the first treatment pathway stage. The programme ends its length (data) after enrolment.
 */
@Component
class EnrolmentTask implements TaskForm<EnrolmentTask.Form> {

    record Form(@NotNull(message = "Enter the enrolment date") LocalDate enrolmentDate,
                @NotBlank(message = "Choose the key worker") String keyWorker,
                @NotNull(message = "Record the first treatment pathway stage") @Valid NewStage firstStage) {
    }

    private final ParticipantRepository participants;
    private final PathwayStageRepository stages;
    private final LocalAuthorityRepository areas;
    private final UserRepository users;
    private final ProgrammeSettingRepository settings;
    private final ProgrammeCalendar calendar;

    EnrolmentTask(ParticipantRepository participants, PathwayStageRepository stages, LocalAuthorityRepository areas,
                  UserRepository users, ProgrammeSettingRepository settings, ProgrammeCalendar calendar) {
        this.calendar = calendar;
        this.participants = participants;
        this.stages = stages;
        this.areas = areas;
        this.users = users;
        this.settings = settings;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("Task_Enrolment");
    }

    @Override
    public Class<Form> formType() {
        return Form.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Form form) {
        Participant participant = participants.find(task.caseReference()).orElseThrow();
        check(form, participant);
        form.firstStage().check("firstStage.");
        LocalDate ends = form.enrolmentDate().plusMonths(settings.programmeLengthMonths());
        participants.recordEnrolment(participant.reference(), form.enrolmentDate(), form.keyWorker(), ends);
        stages.add(participant.reference(), form.firstStage(), task.user().username());
        return Map.of(ENROLMENT_DATE, form.enrolmentDate().toString(), PROGRAMME_ENDS_AT, calendar.startOf(ends));
    }

    private void check(Form form, Participant participant) {
        List<FieldError> errors = new ArrayList<>();
        if (form.enrolmentDate().isBefore(participant.referralDate())) {
            errors.add(new FieldError("enrolmentDate", "The enrolment date cannot be before the referral date"));
        }
        String drugTeam = areas.find(participant.localAuthority()).orElseThrow().drugServiceTeam();
        if (users.members(drugTeam).stream().noneMatch(m -> m.username().equals(form.keyWorker()))) {
            errors.add(new FieldError("keyWorker", "Choose a drug referral worker of the participant's area"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Some answers need correcting", errors);
        }
    }
}
