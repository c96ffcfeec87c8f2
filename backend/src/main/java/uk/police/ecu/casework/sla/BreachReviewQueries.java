package uk.police.ecu.casework.sla;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.UserRepository;
import uk.police.ecu.casework.shared.NotFoundException;

/** Reads the breach behind a review task, for those who may work that task. */
@Service
@PreAuthorize("hasAnyRole('ECU_OFFICER', 'ECU_SUPERVISOR', 'LOCAL_INVESTIGATOR', 'VICTIM_CARE_OFFICER', "
        + "'O2R_OFFICER', 'DRUG_REFERRAL_WORKER')")
@Transactional(readOnly = true)
public class BreachReviewQueries {

    private final TaskService tasks;
    private final BreachReviewRepository reviews;
    private final UserRepository users;
    private final AuditLog auditLog;

    BreachReviewQueries(TaskService tasks, BreachReviewRepository reviews, UserRepository users, AuditLog auditLog) {
        this.tasks = tasks;
        this.reviews = reviews;
        this.users = users;
        this.auditLog = auditLog;
    }

    public BreachReviewContext forReviewTask(CaseworkUser user, String reviewTaskId) {
        Task review = tasks.createTaskQuery().taskId(reviewTaskId).taskDefinitionKey("Task_BreachReview").singleResult();
        if (review == null || !mayWork(user, review)) {
            auditLog.recordRefusal(AuditEntry.accessRefused("task", List.of(reviewTaskId),
                    Map.of("exists", review != null)));
            throw new NotFoundException("There is no such task in your queues");
        }
        return context(reviews.ofReviewProcess(review.getProcessInstanceId()), user);
    }

    /** The late work can go to a member of its team while it is open, if the user supervises that team. */
    private BreachReviewContext context(BreachReviewRepository.ReviewedBreach breach, CaseworkUser user) {
        String team = breach.team();
        String lateTaskId = breach.lateTaskId();
        boolean open = lateTaskId != null && tasks.createTaskQuery().taskId(lateTaskId).count() > 0;
        List<UserRepository.TeamMember> members = open && team != null && user.supervisedTeamIds().contains(team)
                ? users.members(team) : List.of();
        return new BreachReviewContext(breach.clockId(), breach.slaName(), team, breach.teamName(),
                breach.startedAt(), breach.dueAt(), breach.breachedAt(), breach.result(), open, members);
    }

    private boolean mayWork(CaseworkUser user, Task review) {
        if (user.username().equals(review.getAssignee())) {
            return true;
        }
        return tasks.getIdentityLinksForTask(review.getId()).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
                        && user.teamIds().contains(link.getGroupId()));
    }
}
