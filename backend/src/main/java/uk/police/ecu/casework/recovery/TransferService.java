package uk.police.ecu.casework.recovery;

import static uk.police.ecu.casework.recovery.RecoveryProcess.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.security.UserRepository;
import uk.police.ecu.casework.shared.ConflictException;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.shared.NotFoundException;

/**
 * An enrolled participant moving to another local authority area on the programme: the new area's O2R team and
 * drug service team take over the open tasks and everything the process plans next, and the old area's staff
 * no longer see the participant (access follows the participant's current area).
 */
@Service
@PreAuthorize("hasAnyRole('O2R_OFFICER', 'DRUG_REFERRAL_WORKER')")
public class TransferService {

    public record TransferRequest(@NotBlank(message = "Choose the local authority area the participant moves to")
                                  String localAuthority,
                                  @NotNull(message = "Enter the date of the move")
                                  @PastOrPresent(message = "The move cannot be dated in the future") LocalDate transferredOn,
                                  @NotBlank(message = "Choose the participant's key worker in the new area")
                                  String keyWorker) {
    }

    private final ParticipantRepository participants;
    private final AreaHistoryRepository history;
    private final LocalAuthorityRepository areas;
    private final ParticipantAccess access;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final UserRepository users;

    TransferService(ParticipantRepository participants, AreaHistoryRepository history, LocalAuthorityRepository areas,
                    ParticipantAccess access, RuntimeService runtime, TaskService tasks, AuditLog audit,
                    CurrentUser currentUser, UserRepository users) {
        this.users = users;
        this.participants = participants;
        this.history = history;
        this.areas = areas;
        this.access = access;
        this.runtime = runtime;
        this.tasks = tasks;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @Transactional
    public void transfer(String reference, TransferRequest request) {
        CaseworkUser user = currentUser.get();
        Participant p = participants.find(reference)
                .orElseThrow(() -> new NotFoundException("There is no participant " + reference));
        access.require(user, p);
        if (!"ENROLLED".equals(p.status())) {
            throw new ConflictException("Only an enrolled participant can move to another area");
        }
        LocalAuthority from = areas.find(p.localAuthority()).orElseThrow();
        LocalAuthority to = checkedDestination(p, from, request);
        history.transfer(p, to.id(), request.transferredOn(), user.username());
        participants.moveArea(reference, to.id(), request.keyWorker());
        handOver(reference, from, to);
        audit.record(AuditEntry.alteration(RECORD_TYPE, List.of(reference),
                Map.of("transferredFrom", from.id(), "transferredTo", to.id(), "on", request.transferredOn().toString(),
                        "keyWorker", request.keyWorker())));
    }

    private LocalAuthority checkedDestination(Participant p, LocalAuthority from, TransferRequest request) {
        LocalAuthority to = areas.find(request.localAuthority())
                .orElseThrow(() -> InvalidInputException.field("localAuthority", "Choose a West Midlands local authority area"));
        if (to.id().equals(from.id())) {
            throw InvalidInputException.field("localAuthority", "The participant is already in " + to.name());
        }
        // A pilot area works participants as a live one does, as it does for referrals.
        if (!to.takingReferralsOn(request.transferredOn())) {
            throw InvalidInputException.field("localAuthority", to.name() + " is not live on the programme: choose a live area");
        }
        // The old area's drug workers lose access, so the key worker must be one of the new area's.
        if (users.members(to.drugServiceTeam()).stream().noneMatch(m -> m.username().equals(request.keyWorker()))) {
            throw InvalidInputException.field("keyWorker", "Choose a drug referral worker of " + to.name());
        }
        LocalDate since = history.of(p.reference()).stream().map(AreaHistoryRepository.AreaSpell::fromOn)
                .max(LocalDate::compareTo).orElse(p.enrolmentDate());
        if (request.transferredOn().isBefore(since)) {
            throw InvalidInputException.field("transferredOn",
                    "The move cannot be dated before " + (since.equals(p.enrolmentDate()) ? "the enrolment date" : "the last move"));
        }
        return to;
    }

    /** Open tasks move to the new area's queues (unclaimed), and tasks created later use its teams. */
    private void handOver(String reference, LocalAuthority from, LocalAuthority to) {
        Map<String, String> teams = Map.of(from.o2rTeam(), to.o2rTeam(), from.drugServiceTeam(), to.drugServiceTeam());
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(PROCESS_KEY).list()) {
            runtime.setVariable(instance.getId(), O2R_TEAM, to.o2rTeam());
            runtime.setVariable(instance.getId(), DRUG_TEAM, to.drugServiceTeam());
            for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).list()) {
                tasks.getIdentityLinksForTask(task.getId()).stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                                && teams.containsKey(link.getGroupId()))
                        .map(link -> link.getGroupId()).toList()
                        .forEach(group -> {
                            tasks.deleteCandidateGroup(task.getId(), group);
                            tasks.addCandidateGroup(task.getId(), teams.get(group));
                        });
                if (task.getAssignee() != null) {
                    tasks.setAssignee(task.getId(), null);
                }
            }
        }
    }
}
