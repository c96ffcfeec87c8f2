package uk.police.ecu.casework.fraud;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

/**
 * A supervisor gives a case under investigation to another officer of its team. The case is reassigned as a
 * whole, not task by task: the crime's officer in charge and the process's {@code allocatedOfficer} change (so
 * every later task goes to the new officer), the open tasks the old officer held move with it, and the new
 * officer is asked to tell the victim who they are.
 */
@Service
@Validated
@PreAuthorize("hasAnyRole('ECU_SUPERVISOR', 'LOCAL_INVESTIGATOR')")
public class OfficerInChargeChange {

    record NewOfficer(@NotBlank(message = "Choose the new officer in charge") String officer,
                      @NotBlank(message = "Say why the case is changing officer")
                      @Size(max = 4000, message = "The reason must be 4,000 characters or fewer") String reason) {
    }

    /** The tasks that moved to the new officer. */
    record Changed(String officer, List<String> reassignedTaskIds) {
    }

    static final String MESSAGE = "OfficerInChargeChanged";

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
        String previous = crime.allocatedOfficer();
        if (officer.equals(previous)) {
            throw InvalidInputException.field("officer", "This officer is already the officer in charge");
        }
        changes.record(key, previous, officer, request.reason().strip(), supervisor.username());
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
