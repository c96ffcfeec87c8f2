package uk.police.ecu.casework.fraud;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.security.UserRepository;
import uk.police.ecu.casework.shared.ConflictException;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.shared.NotFoundException;
import uk.police.ecu.casework.tasks.TaskReassigned;

/**
 * A supervisor gives a case under investigation to another officer of its team. The case is reassigned as a
 * whole, not task by task: the crime's officer in charge and the process's {@code allocatedOfficer} change (so
 * every later task goes to the new officer), the open tasks the old officer held move with it, and the new
 * officer is asked to tell the victim who they are.
 */
@Service
@Validated
public class OfficerInChargeChange {

    record NewOfficer(@NotBlank(message = "Choose the new officer in charge") String officer,
                      @NotBlank(message = "Say why the case is changing officer")
                      @Size(max = 4000, message = "The reason must be 4,000 characters or fewer") String reason) {
    }

    /** The tasks that moved to the new officer. */
    record Changed(String officer, List<String> reassignedTaskIds) {
    }

    static final String MESSAGE = "OfficerInChargeChanged";
    /** The tasks that are the investigation: whoever holds them is the officer in charge. */
    static final Set<String> INVESTIGATION_TASKS = Set.of("Task_InvestigationPlan", "Task_RecordOutcome");

    private final CrimeRepository crimes;
    private final OfficerInChargeChangeRepository changes;
    private final CurrentUser currentUser;
    private final UserRepository users;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final AuditLog audit;

    OfficerInChargeChange(CrimeRepository crimes, OfficerInChargeChangeRepository changes, CurrentUser currentUser,
                          UserRepository users, RuntimeService runtime, TaskService tasks, AuditLog audit) {
        this.crimes = crimes;
        this.changes = changes;
        this.currentUser = currentUser;
        this.users = users;
        this.runtime = runtime;
        this.tasks = tasks;
        this.audit = audit;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ECU_SUPERVISOR', 'LOCAL_INVESTIGATOR')")
    public Changed change(String reference, @Valid NewOfficer request) {
        CaseworkUser supervisor = currentUser.get();
        String key = reference.trim().toUpperCase();
        Optional<Crime> found = crimes.find(key);
        if (found.isEmpty() || found.get().allocatedTeam() == null
                || !supervisor.supervisedTeamIds().contains(found.get().allocatedTeam())) {
            audit.recordRefusal(AuditEntry.accessRefused("crime", List.of(key), Map.of("exists", found.isPresent())));
            throw new NotFoundException("There is no such case among the teams you supervise");
        }
        Crime crime = found.get();
        ProcessInstance process = runtime.createProcessInstanceQuery()
                .processDefinitionKey(FraudTriageService.PROCESS_KEY).processInstanceBusinessKey(key).active()
                .singleResult();
        if (!"INVESTIGATING".equals(crime.status()) || process == null) {
            throw new ConflictException("The officer in charge can be changed only while the crime is being investigated");
        }
        String officer = request.officer().trim();
        if (users.members(crime.allocatedTeam()).stream().noneMatch(m -> m.username().equals(officer))) {
            throw InvalidInputException.field("officer", "Choose an officer of the team the case is allocated to");
        }
        if (officer.equals(crime.allocatedOfficer())) {
            throw InvalidInputException.field("officer", "This officer is already the officer in charge");
        }
        return changeTo(crime, process, officer, request.reason().strip(), supervisor.username());
    }

    /**
     * A supervisor reassigned the investigation itself (the plan or the outcome) in the task list: that is a change
     * of officer in charge, made the same way. The task list has already checked the supervisor and the team.
     */
    @EventListener
    void onTaskReassigned(TaskReassigned reassigned) {
        if (!INVESTIGATION_TASKS.contains(reassigned.taskKey()) || reassigned.processInstanceId() == null) {
            return;
        }
        ProcessInstance process = runtime.createProcessInstanceQuery()
                .processInstanceId(reassigned.processInstanceId()).processDefinitionKey(FraudTriageService.PROCESS_KEY)
                .singleResult();
        Optional<Crime> crime = process == null ? Optional.empty() : crimes.find(process.getBusinessKey());
        if (crime.isEmpty() || reassigned.assignee().equals(crime.get().allocatedOfficer())) {
            return;
        }
        changeTo(crime.get(), process, reassigned.assignee(), "Investigation task reassigned in the task list",
                reassigned.reassignedBy());
    }

    private Changed changeTo(Crime crime, ProcessInstance process, String officer, String reason, String by) {
        String key = crime.crimeReference();
        String previous = crime.allocatedOfficer();
        changes.record(key, previous, officer, reason, by);
        runtime.setVariable(process.getId(), FraudProcessVariables.ALLOCATED_OFFICER, officer);
        List<String> moved = new ArrayList<>();
        if (previous != null) {
            tasks.createTaskQuery().processInstanceBusinessKey(key).taskAssignee(previous).list().forEach(task -> {
                tasks.setAssignee(task.getId(), officer);
                moved.add(task.getId());
            });
        }
        runtime.createMessageCorrelation(MESSAGE).processInstanceId(process.getId()).correlate();
        Map<String, Object> details = new HashMap<>();
        details.put("allocatedOfficer", officer);
        details.put("previousOfficer", previous == null ? "" : previous);
        details.put("tasksMoved", moved.size());
        audit.record(AuditEntry.alteration("crime", List.of(key), details));
        return new Changed(officer, moved);
    }
}
