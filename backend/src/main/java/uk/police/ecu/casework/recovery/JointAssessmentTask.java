package uk.police.ecu.casework.recovery;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/** Completes {@code Task_JointAssessment}: willingness and informed consent; without all three it ends declined. */
@Component
class JointAssessmentTask implements TaskForm<JointAssessmentTask.Form> {

    record Form(@NotNull(message = "Say whether the person is willing to engage") Boolean willingToEngage,
                @NotNull(message = "Say whether the person consents to treatment") Boolean consentToTreatment,
                @NotNull(message = "Say whether the person consents to information sharing")
                Boolean consentToInformationSharing,
                String notes) {
    }

    private final ParticipantRepository participants;
    private final ProgrammeCalendar calendar;

    JointAssessmentTask(ParticipantRepository participants, ProgrammeCalendar calendar) {
        this.calendar = calendar;
        this.participants = participants;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("Task_JointAssessment");
    }

    @Override
    public Class<Form> formType() {
        return Form.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Form form) {
        boolean consented = form.willingToEngage() && form.consentToTreatment() && form.consentToInformationSharing();
        participants.recordAssessment(task.caseReference(), form, task.user().username(), calendar.today(),
                consented);
        return Map.of(RecoveryProcess.CONSENTED, consented);
    }
}
