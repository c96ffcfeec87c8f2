package uk.police.ecu.casework.tasks;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.Role;
import uk.police.ecu.casework.security.TeamMembership;
import uk.police.ecu.casework.security.UserRepository;

/**
 * An officer claims a task that a team mate completes at the same moment, as the load test's officers did: the
 * engine no longer has it part-way through the claim, and the officer is told it is not found (404), not shown a
 * server error. The windows are narrow in real time, so the engine's answers are staged here.
 */
class ClaimOfCompletedTaskTest {

    private static final String TASK = "task-1";

    private final TaskService engine = mock(TaskService.class, RETURNS_DEEP_STUBS);
    private final TaskListService taskList = new TaskListService(engine, mock(RuntimeService.class),
            mock(RepositoryService.class), mock(UserRepository.class), mock(TaskForms.class), mock(AuditLog.class),
            mock(TaskProjectionRepository.class), mock(TaskListRepository.class), mock(TaskSummaries.class),
            mock(CaseSubjectsRegistry.class), Set.of(), mock(FourEyes.class), mock(TaskDraftRepository.class),
            Clock.systemUTC(), mock(NextSteps.class));
    private final CaseworkUser officer = new CaseworkUser("ecu.officer", "DC Priya Shah", "x", true,
            Set.of(Role.ECU_OFFICER), List.of(new TeamMembership("ecu-triage", "ECU triage team", false)));

    @Test
    void shouldAnswerNotFoundWhenTheTaskIsCompletedWhileItsTeamIsRead() {
        when(engine.createTaskQuery().taskId(TASK).singleResult()).thenReturn(mock(Task.class));
        when(engine.getIdentityLinksForTask(TASK)).thenThrow(new NullValueException("Cannot find task with id"));

        assertThatThrownBy(() -> taskList.claim(officer, TASK)).isInstanceOf(TaskNotFoundException.class);
    }

    @Test
    void shouldAnswerNotFoundWhenTheTaskIsCompletedJustBeforeTheClaimLands() {
        when(engine.createTaskQuery().taskId(TASK).singleResult()).thenReturn(mock(Task.class), (Task) null);
        IdentityLink offered = mock(IdentityLink.class);
        when(offered.getType()).thenReturn(IdentityLinkType.CANDIDATE);
        when(offered.getGroupId()).thenReturn("ecu-triage");
        when(engine.getIdentityLinksForTask(TASK)).thenReturn(List.of(offered));
        doThrow(new NullValueException("Cannot find task with id")).when(engine).claim(anyString(), any());

        assertThatThrownBy(() -> taskList.claim(officer, TASK)).isInstanceOf(TaskNotFoundException.class);
    }
}
