package uk.police.ecu.casework.victimcare;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.tasks.CaseTasks;

/** Reads a referral's page from its tables and its open tasks from the task list. */
@Component
class ReferralDetails {

    private final JdbcClient jdbc;
    private final CaseTasks caseTasks;
    private final TaskService engineTasks;
    private final VictimCareSettings settings;
    private final Clock clock;

    ReferralDetails(JdbcClient jdbc, CaseTasks caseTasks, TaskService engineTasks, VictimCareSettings settings,
                    Clock clock) {
        this.jdbc = jdbc;
        this.caseTasks = caseTasks;
        this.engineTasks = engineTasks;
        this.settings = settings;
        this.clock = clock;
    }

    Optional<ReferralDetail> of(String reference, CaseworkUser user) {
        return jdbc.sql("""
                        SELECT r.reference, l.victim_id, v.forename || ' ' || v.surname AS victim_name, v.repeat_victim,
                               l.crime_reference, l.nfib_code, r.referred_at, l.screening_reasons, r.stage,
                               r.closure_outcome, r.closed_at, coalesce(u.display_name, r.closed_by) AS closed_by,
                               r.closure_notes
                        FROM victim_referral r JOIN victim_listing l ON l.id = r.listing_id JOIN victim v ON v.id = l.victim_id
                            LEFT JOIN app_user u ON u.username = r.closed_by
                        WHERE r.reference = ?""")
                .param(reference)
                .query((rs, n) -> new Head(rs.getObject("victim_id", UUID.class), rs.getString("victim_name"),
                        rs.getBoolean("repeat_victim"), rs.getString("crime_reference"), rs.getString("nfib_code"),
                        instant(rs, "referred_at"), strings(rs.getArray("screening_reasons")),
                        ReferralStage.valueOf(rs.getString("stage")),
                        rs.getString("closure_outcome") == null ? null : new ReferralDetail.Closure(
                                rs.getString("closure_outcome"), instant(rs, "closed_at"), rs.getString("closed_by"),
                                rs.getString("closure_notes"))))
                .optional()
                .map(head -> new ReferralDetail(reference, head.victimId(), head.victimName(), head.repeatVictim(),
                        head.crimeReference(), head.nfibCode(), VictimCareProcess.ROMANCE_FRAUD_CODE.equals(head.nfibCode()),
                        head.referredAt(), head.screeningReasons(), head.stage(), attempts(reference),
                        settings.maxFailedContactAttempts(), assessment(reference).orElse(null),
                        plan(reference).orElse(null), resources(reference), victimSupport(reference).orElse(null),
                        questionnaire(reference).orElse(null), head.closure(), currentTasks(reference, user)));
    }

    private record Head(UUID victimId, String victimName, boolean repeatVictim, String crimeReference, String nfibCode,
                        Instant referredAt, List<String> screeningReasons, ReferralStage stage,
                        ReferralDetail.Closure closure) {
    }

    /** The references of a victim's referrals, newest first. */
    List<String> referencesOfVictim(UUID victimId) {
        return jdbc.sql("""
                        SELECT r.reference FROM victim_referral r JOIN victim_listing l ON l.id = r.listing_id
                        WHERE l.victim_id = ? ORDER BY r.referred_at DESC, r.reference DESC""")
                .param(victimId).query(String.class).list();
    }

    private List<ReferralDetail.ContactAttempt> attempts(String reference) {
        return jdbc.sql("""
                        SELECT a.attempted_at, a.outcome, a.notes, coalesce(u.display_name, a.recorded_by) AS recorded_by
                        FROM victim_contact_attempt a LEFT JOIN app_user u ON u.username = a.recorded_by
                        WHERE a.referral_reference = ? ORDER BY a.attempted_at, a.id""")
                .param(reference)
                .query((rs, n) -> new ReferralDetail.ContactAttempt(instant(rs, "attempted_at"), rs.getString("outcome"),
                        rs.getString("notes"), rs.getString("recorded_by")))
                .list();
    }

    private Optional<ReferralDetail.Assessment> assessment(String reference) {
        return jdbc.sql("""
                        SELECT a.*, coalesce(u.display_name, a.assessed_by) AS assessed_by_name
                        FROM victim_assessment a LEFT JOIN app_user u ON u.username = a.assessed_by
                        WHERE a.referral_reference = ?""")
                .param(reference)
                .query((rs, n) -> new ReferralDetail.Assessment(rs.getObject("contacted_on", LocalDate.class),
                        rs.getString("channel"), rs.getBoolean("wants_support"),
                        new ReferralDetail.Vulnerability(rs.getBoolean("lives_alone"),
                                rs.getBoolean("health_or_cognitive_condition"), rs.getBoolean("still_in_contact_with_suspect"),
                                rs.getBoolean("significant_financial_hardship"), rs.getBoolean("low_digital_confidence")),
                        rs.getString("support_level"),
                        new ReferralDetail.EnhancedRights(rs.getBoolean("enhanced_rights"),
                                strings(rs.getArray("enhanced_rights_reasons")), rs.getString("enhanced_rights_explanation")),
                        rs.getString("assessed_by_name")))
                .optional();
    }

    private Optional<ReferralDetail.ContactPlan> plan(String reference) {
        List<ReferralDetail.PlanChange> versions = jdbc.sql("""
                        SELECT p.version, p.reason, coalesce(u.display_name, p.agreed_by) AS agreed_by, p.agreed_at
                        FROM victim_contact_plan p LEFT JOIN app_user u ON u.username = p.agreed_by
                        WHERE p.referral_reference = ? ORDER BY p.version""")
                .param(reference)
                .query((rs, n) -> new ReferralDetail.PlanChange(rs.getInt("version"), rs.getString("reason"),
                        rs.getString("agreed_by"), instant(rs, "agreed_at")))
                .list();
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        List<ReferralDetail.PlannedContact> contacts = jdbc.sql("""
                        SELECT c.*, coalesce(u.display_name, c.recorded_by) AS recorded_by_name
                        FROM victim_planned_contact c LEFT JOIN app_user u ON u.username = c.recorded_by
                        WHERE c.referral_reference = ? ORDER BY c.due_on, c.plan_version""")
                .param(reference)
                .query((rs, n) -> contact(rs, today))
                .list();
        return Optional.of(new ReferralDetail.ContactPlan(versions.get(versions.size() - 1).version(), contacts,
                versions.stream().filter(v -> v.version() > 1).toList()));
    }

    private static ReferralDetail.PlannedContact contact(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
        String status = rs.getString("status");
        if ("PLANNED".equals(status)) {
            status = dueOn.isEqual(today) ? "DUE_TODAY" : dueOn.isBefore(today) ? "OVERDUE" : "PLANNED";
        }
        ReferralDetail.LoggedContact logged = rs.getString("outcome") == null ? null
                : new ReferralDetail.LoggedContact(rs.getObject("contacted_on", LocalDate.class), rs.getString("outcome"),
                        strings(rs.getArray("advice")), strings(rs.getArray("resources")), rs.getString("notes"),
                        rs.getString("recorded_by_name"));
        return new ReferralDetail.PlannedContact(rs.getObject("id", UUID.class), dueOn, rs.getString("channel"), status,
                logged);
    }

    private List<ReferralDetail.ResourceIssued> resources(String reference) {
        return jdbc.sql("""
                        SELECT i.resource, i.issued_on, coalesce(u.display_name, i.issued_by) AS issued_by
                        FROM victim_resource_issue i LEFT JOIN app_user u ON u.username = i.issued_by
                        WHERE i.referral_reference = ? ORDER BY i.issued_on, i.id""")
                .param(reference)
                .query((rs, n) -> new ReferralDetail.ResourceIssued(rs.getString("resource"),
                        rs.getObject("issued_on", LocalDate.class), rs.getString("issued_by")))
                .list();
    }

    private Optional<ReferralDetail.VictimSupport> victimSupport(String reference) {
        return jdbc.sql("""
                        SELECT consent_recorded_at, referred_on, victim_support_reference FROM victim_support_referral
                        WHERE referral_reference = ?""")
                .param(reference)
                .query((rs, n) -> new ReferralDetail.VictimSupport(instant(rs, "consent_recorded_at"),
                        rs.getObject("referred_on", LocalDate.class), rs.getString("victim_support_reference")))
                .optional();
    }

    private Optional<ReferralDetail.Questionnaire> questionnaire(String reference) {
        return jdbc.sql("SELECT outcome, completed_on FROM victim_romance_questionnaire WHERE referral_reference = ?")
                .param(reference)
                .query((rs, n) -> new ReferralDetail.Questionnaire(rs.getString("outcome"),
                        rs.getObject("completed_on", LocalDate.class)))
                .optional();
    }

    private List<ReferralDetail.CurrentTask> currentTasks(String reference, CaseworkUser user) {
        return caseTasks.openTasks(user, VictimCareReferrals.PROCESS_KEY, reference).stream()
                .map(t -> new ReferralDetail.CurrentTask(t.id(), t.taskType(), t.name(), t.assignee(), t.due(),
                        "Task_PlannedContact".equals(t.taskType())
                                ? (String) engineTasks.getVariable(t.id(), VictimCareProcess.PLANNED_CONTACT_ID) : null))
                .toList();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
