package uk.police.ecu.casework.victimcare;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/** Completes {@code Task_RomanceQuestionnaire}: the national romance fraud questionnaire was done or declined. */
@Component
class RomanceQuestionnaireTask implements TaskForm<RomanceQuestionnaireTask.Answers> {

    enum Outcome { COMPLETED, DECLINED }

    record Answers(@NotNull(message = "Say whether the questionnaire was completed or declined") Outcome outcome,
                   @NotNull(message = "Give the date") LocalDate completedOn,
                   @Size(max = 4000, message = "The notes must be 4,000 characters or fewer") String notes) {
    }

    private final RomanceQuestionnaireRepository questionnaires;
    private final Clock clock;

    RomanceQuestionnaireTask(RomanceQuestionnaireRepository questionnaires, Clock clock) {
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("Task_RomanceQuestionnaire");
    }

    @Override
    public Class<Answers> formType() {
        return Answers.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Answers answers) {
        RecordedDates.notFuture("completedOn", answers.completedOn(), LocalDate.now(clock));
        questionnaires.add(task.caseReference(), answers.outcome(), answers.completedOn(), answers.notes(),
                task.user().username());
        return Map.of();
    }
}
