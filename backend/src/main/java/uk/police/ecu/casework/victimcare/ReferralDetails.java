package uk.police.ecu.casework.victimcare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.tasks.CaseTasks;

/** Reads a referral's page from its tables and its open tasks from the task list. */
@Component
class ReferralDetails {

    private final ReferralDetailRepository rows;
    private final CaseTasks caseTasks;
    private final TaskService engineTasks;
    private final VictimCareSettingRepository settings;
    private final CarePlanDefaults planDefaults;
    private final Clock clock;

    ReferralDetails(ReferralDetailRepository rows, CaseTasks caseTasks, TaskService engineTasks,
                    VictimCareSettingRepository settings, CarePlanDefaults planDefaults, Clock clock) {
        this.planDefaults = planDefaults;
        this.rows = rows;
        this.caseTasks = caseTasks;
        this.engineTasks = engineTasks;
        this.settings = settings;
        this.clock = clock;
    }

    Optional<ReferralDetail> of(String reference, CaseworkUser user) {
        Optional<ReferralDetail.Assessment> assessment = rows.assessment(reference);
        return rows.head(reference)
                .map(head -> new ReferralDetail(reference, head.victimId(), head.victimName(), head.repeatVictim(),
                        head.crimeReference(), head.nfibCode(), VictimCareProcess.ROMANCE_FRAUD_CODE.equals(head.nfibCode()),
                        head.referredAt(), head.screeningReasons(), head.stage(), rows.attempts(reference),
                        settings.maxFailedContactAttempts(), assessment.orElse(null),
                        plan(reference).orElse(null), rows.resources(reference), rows.victimSupport(reference).orElse(null),
                        rows.questionnaire(reference).orElse(null), head.closure(), currentTasks(reference, user),
                        rows.joinedCrimes(reference), head.contactPlanReviewSince(), head.followsReference(),
                        rows.timeline(reference),
                        assessment.map(ReferralDetail.Assessment::supportLevel).flatMap(planDefaults::forSupportLevel)
                                .orElse(null)));
    }

    /** The references of a victim's referrals, newest first. */
    List<String> referencesOfVictim(UUID victimId) {
        return rows.referencesOfVictim(victimId);
    }

    private Optional<ReferralDetail.ContactPlan> plan(String reference) {
        List<ReferralDetail.PlanChange> versions = rows.planVersions(reference);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        List<ReferralDetail.PlannedContact> contacts = rows.plannedContacts(reference).stream()
                .map(contact -> shownOn(contact, today))
                .toList();
        return Optional.of(new ReferralDetail.ContactPlan(versions.get(versions.size() - 1).version(), contacts,
                versions.stream().filter(v -> v.version() > 1).toList()));
    }

    /** A contact still planned is shown as due today or overdue once its day comes. */
    private static ReferralDetail.PlannedContact shownOn(ReferralDetail.PlannedContact contact, LocalDate today) {
        if (!"PLANNED".equals(contact.status())) {
            return contact;
        }
        LocalDate dueOn = contact.dueOn();
        String status = dueOn.isEqual(today) ? "DUE_TODAY" : dueOn.isBefore(today) ? "OVERDUE" : "PLANNED";
        return new ReferralDetail.PlannedContact(contact.id(), dueOn, contact.channel(), status, contact.logged());
    }

    private List<ReferralDetail.CurrentTask> currentTasks(String reference, CaseworkUser user) {
        return caseTasks.openTasks(user, VictimCareReferrals.PROCESS_KEY, reference).stream()
                .map(t -> new ReferralDetail.CurrentTask(t.id(), t.taskType(), t.name(), t.assignee(), t.due(),
                        "Task_PlannedContact".equals(t.taskType())
                                ? (String) engineTasks.getVariable(t.id(), VictimCareProcess.PLANNED_CONTACT_ID) : null))
                .toList();
    }
}
