package uk.police.ecu.casework.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;
    private final UserRepository users;
    private final AuditLog auditLog;

    BreachReviewQueries(TaskService tasks, JdbcClient jdbc, UserRepository users, AuditLog auditLog) {
        this.tasks = tasks;
        this.jdbc = jdbc;
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
        return jdbc.sql("""
                        SELECT c.id, d.name, c.team, t.name AS team_name, c.started_at, c.due_at, c.breached_at,
                               c.result, c.task_id
                        FROM sla_breach_review r JOIN sla_clock c ON c.id = r.clock_id
                        JOIN sla_definition d ON d.id = c.sla_id AND d.version = c.sla_version
                        LEFT JOIN team t ON t.id = c.team
                        WHERE r.process_instance_id = ?""")
                .param(review.getProcessInstanceId())
                .query((rs, n) -> map(rs, user))
                .single();
    }

    private BreachReviewContext map(ResultSet rs, CaseworkUser user) throws SQLException {
        String team = rs.getString("team");
        String lateTaskId = rs.getString("task_id");
        boolean open = lateTaskId != null && tasks.createTaskQuery().taskId(lateTaskId).count() > 0;
        List<UserRepository.TeamMember> members = open && team != null && user.supervisedTeamIds().contains(team)
                ? users.members(team) : List.of();
        return new BreachReviewContext(rs.getLong("id"), rs.getString("name"), team, rs.getString("team_name"),
                instant(rs, "started_at"), instant(rs, "due_at"), instant(rs, "breached_at"), rs.getString("result"),
                open, members);
    }

    private boolean mayWork(CaseworkUser user, Task review) {
        if (user.username().equals(review.getAssignee())) {
            return true;
        }
        return tasks.getIdentityLinksForTask(review.getId()).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
                        && user.teamIds().contains(link.getGroupId()));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
