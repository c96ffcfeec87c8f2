package uk.police.ecu.casework.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import uk.police.ecu.casework.recovery.Offence;
import uk.police.ecu.casework.recovery.ParticipantService;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.security.RunAs;
import uk.police.ecu.casework.tasks.TaskListService;

/**
 * Birmingham participants at every stage (referred, ineligible, assessed, enrolled with a review due
 * today and one overdue, exited with follow-ups planned), worked through the same forms the teams use.
 */
@DemoContribution
class RecoveryDemoParticipants implements DemoData {

    private final ParticipantService service;
    private final TaskListService taskList;
    private final TaskService engineTasks;
    private final RunAs runAs;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final DemoHistoryRepository history;
    private final Clock clock;

    RecoveryDemoParticipants(ParticipantService service, TaskListService taskList, TaskService engineTasks, RunAs runAs,
                             CurrentUser currentUser, ObjectMapper json, DemoHistoryRepository history, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.taskList = taskList;
        this.engineTasks = engineTasks;
        this.runAs = runAs;
        this.currentUser = currentUser;
        this.json = json;
        this.history = history;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load() {
        if (history.hasParticipants()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        refer("Dean Whitmore", LocalDate.of(1991, 8, 14), today, 4);
        refer("Kyle Barton", LocalDate.of(1996, 2, 3), today.minusDays(2), 1);
        assessed(refer("Marcus Fenton", LocalDate.of(1983, 11, 27), today.minusDays(5), 5));
        enrolled(refer("Lee Harrison", LocalDate.of(1987, 5, 9), today.minusDays(21), 6), today.minusDays(14));
        enrolled(refer("Gary Doyle", LocalDate.of(1979, 1, 30), today.minusDays(30), 8), today.minusDays(20));
        String exited = refer("Shane Mulligan", LocalDate.of(1985, 7, 19), today.minusDays(60), 7);
        enrolled(exited, today.minusDays(45));
        runAs.user("o2r.officer", () -> service.recordExit(exited,
                new ParticipantService.ExitRequest(ParticipantService.ExitReason.CUSTODY, today.minusDays(3),
                        "Remanded for an unrelated burglary.")));
    }

    private String refer(String name, LocalDate born, LocalDate referred, int offences) {
        List<Offence> recent = new ArrayList<>();
        for (int i = 0; i < offences; i++) {
            recent.add(new Offence(referred.minusDays(6L + 25L * i), new BigDecimal(40 + 15 * i), "Bullring retail unit"));
        }
        return runAs.user("o2r.officer", () -> service.refer(new ParticipantService.Referral(name, born, null,
                "birmingham", referred, ParticipantService.ReferralSource.CUSTODY_ARREST_REFERRAL,
                ParticipantService.SubstanceMisuse.DRUGS, new BigDecimal("350"), recent,
                "Arrested for shop theft; says he steals to fund heroin and crack use.")).reference());
    }

    private void assessed(String reference) {
        runAs.user("o2r.officer", () -> complete(reference, "Task_JointAssessment", Map.of("willingToEngage", true,
                "consentToTreatment", true, "consentToInformationSharing", true,
                "notes", "Seen jointly in custody with the drug referral worker.")));
    }

    private void enrolled(String reference, LocalDate enrolmentDate) {
        assessed(reference);
        runAs.user("drug.worker", () -> complete(reference, "Task_Enrolment", Map.of(
                "enrolmentDate", enrolmentDate.toString(), "keyWorker", "drug.worker",
                "firstStage", Map.of("stage", "PRESCRIBING", "stageDate", enrolmentDate.toString(),
                        "medication", "LONG_ACTING_INJECTABLE_BUPRENORPHINE"))));
    }

    private void complete(String reference, String taskKey, Map<String, Object> answers) {
        String taskId = engineTasks.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(taskKey).singleResult().getId();
        taskList.claim(currentUser.get(), taskId);
        taskList.complete(currentUser.get(), taskId, json.valueToTree(answers));
    }
}
