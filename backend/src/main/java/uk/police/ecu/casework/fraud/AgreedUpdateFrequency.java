package uk.police.ecu.casework.fraud;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.shared.ConflictException;
import uk.police.ecu.casework.shared.NotFoundException;
import uk.police.ecu.casework.shared.RefusedException;

/**
 * How often the victim agreed to be updated, shown on the case page and changed from it: the victim may change
 * it at any time. A change re-times the next update at once (it falls due the new interval after the last update).
 */
@Service
@Validated
public class AgreedUpdateFrequency {

    enum Method { PHONE, EMAIL, LETTER, VISIT }

    /** Why a case has no timed updates, or that it has. */
    enum Status { AGREED, OPTED_OUT, UNREACHABLE, DECLINED, NOT_AGREED }

    record Change(@NotNull(message = "Choose how often the victim wants to be updated")
                  @Min(value = 1, message = "Updates must be at least 1 day apart")
                  @Max(value = 90, message = "Updates must be at most 90 days apart") Integer everyDays,
                  @NotNull(message = "Choose how the victim wants to be updated") Method method,
                  @NotBlank(message = "Say why the frequency is changing, or how it was agreed")
                  @Size(max = 4000, message = "The reason must be 4,000 characters or fewer") String reason) {
    }

    /** {@code nextDueOn}: the day the next update is due while updates are timed, else null. */
    record AgreedFrequency(Status status, Integer everyDays, String method, LocalDate agreedOn, LocalDate nextDueOn,
                           boolean canChange) {
    }

    private final VictimUpdateAgreementRepository agreements;
    private final VictimUpdateRepository updates;
    private final AgreedUpdateTimes times;
    private final CrimeRepository crimes;
    private final FraudCaseAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;
    private final Clock clock;

    AgreedUpdateFrequency(VictimUpdateAgreementRepository agreements, VictimUpdateRepository updates,
                          AgreedUpdateTimes times, CrimeRepository crimes, FraudCaseAccess access,
                          CurrentUser currentUser, AuditLog audit, RuntimeService runtime,
                          ManagementService management, TaskService tasks, Clock clock) {
        this.agreements = agreements;
        this.updates = updates;
        this.times = times;
        this.crimes = crimes;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AgreedFrequency of(String reference) {
        Crime crime = visible(reference);
        return view(crime);
    }

    /**
     * The officer in charge or a supervisor of the case's team records the victim's new choice, or their first one
     * when none was agreed as they were told who their officer is; audited.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ECU_OFFICER', 'ECU_SUPERVISOR', 'LOCAL_INVESTIGATOR')")
    public AgreedFrequency change(String reference, @Valid Change change) {
        Crime crime = visible(reference);
        CaseworkUser user = currentUser.get();
        if (!mayChange(user, crime)) {
            throw new RefusedException("Only the officer in charge or a supervisor of the case's team can change this");
        }
        if (updates.optedOutOn(crime.crimeReference()).isPresent()) {
            throw new ConflictException("The victim opted out of updates");
        }
        if (!"INVESTIGATING".equals(crime.status())) {
            throw new ConflictException("The investigation is over: no more regular updates fall due");
        }
        boolean first = agreements.current(crime.crimeReference()).isEmpty();
        Optional<String> awaiting = awaitingAgreement(crime.crimeReference());
        if (first && awaiting.isEmpty()) {
            throw new ConflictException("No update frequency can be agreed yet: it is agreed when the officer in "
                    + "charge tells the victim who they are");
        }
        LocalDate today = LocalDate.now(clock);
        agreements.record(new VictimUpdateAgreementRepository.NewAgreement(crime.crimeReference(),
                change.everyDays(), change.method().name(), today, change.reason(), user.username(),
                OffsetDateTime.now(clock)));
        audit.record(AuditEntry.alteration("victim-update-agreement", List.of(crime.crimeReference()),
                Map.of("everyDays", change.everyDays(), "method", change.method().name())));
        if (first) {
            // Agreed after the victim was told who their officer is (they could not be reached, or agreed none
            // then): the regular updates start now, the first due the agreed interval from today.
            runtime.createMessageCorrelation(AgreedUpdateTimes.AGREED_LATER).processInstanceId(awaiting.get())
                    .correlate();
        } else {
            retime(crime.crimeReference());
        }
        return view(crime);
    }

    /** The case's process instance waiting for a frequency to be agreed, if it is. */
    private Optional<String> awaitingAgreement(String reference) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(FraudTriageService.PROCESS_KEY)
                .processInstanceBusinessKey(reference).list().stream()
                .filter(instance -> runtime.createEventSubscriptionQuery().processInstanceId(instance.getId())
                        .eventType("message").eventName(AgreedUpdateTimes.AGREED_LATER).count() > 0)
                .map(instance -> instance.getId()).findFirst();
    }

    /**
     * The waiting timer, if any, now fires at the new time; an update task already open is now due the new interval
     * after the last update (or the agreement), and its clock with it (a breach already recorded stands).
     */
    void retime(String reference) {
        runtime.createProcessInstanceQuery().processDefinitionKey(FraudTriageService.PROCESS_KEY)
                .processInstanceBusinessKey(reference).list().forEach(instance -> {
                    for (Job job : management.createJobQuery().processInstanceId(instance.getId())
                            .activityId(AgreedUpdateTimes.TIMER).list()) {
                        management.setJobDuedate(job.getId(), times.taskAppears(reference));
                    }
                    for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId())
                            .taskDefinitionKey(AgreedUpdateTimes.TASK).list()) {
                        task.setDueDate(times.due(reference));
                        tasks.saveTask(task);
                    }
                });
    }

    private AgreedFrequency view(Crime crime) {
        String reference = crime.crimeReference();
        boolean canChange = mayChange(currentUser.get(), crime) && "INVESTIGATING".equals(crime.status());
        Optional<VictimUpdateAgreementRepository.Agreement> current = agreements.current(reference);
        if (updates.optedOutOn(reference).isPresent()) {
            return new AgreedFrequency(Status.OPTED_OUT, null, null, null, null, false);
        }
        if (current.isEmpty()) {
            Status status = updates.officerNamedUnreachable(reference) ? Status.UNREACHABLE
                    : updates.regularUpdatesDeclined(reference) ? Status.DECLINED : Status.NOT_AGREED;
            return new AgreedFrequency(status, null, null, null, null,
                    canChange && awaitingAgreement(reference).isPresent());
        }
        VictimUpdateAgreementRepository.Agreement agreement = current.get();
        LocalDate next = "INVESTIGATING".equals(crime.status()) ? times.dueOn(reference).orElse(null) : null;
        return new AgreedFrequency(Status.AGREED, agreement.everyDays(), agreement.method(), agreement.agreedOn(),
                next, canChange);
    }

    private static boolean mayChange(CaseworkUser user, Crime crime) {
        return user.username().equals(crime.allocatedOfficer())
                || (crime.allocatedTeam() != null && user.supervisedTeamIds().contains(crime.allocatedTeam()));
    }

    private Crime visible(String reference) {
        String key = reference.trim().toUpperCase();
        Optional<Crime> crime = crimes.find(key);
        if (crime.isEmpty() || !access.canSee(currentUser.get(), crime.get())) {
            audit.recordRefusal(AuditEntry.accessRefused("crime", List.of(key), Map.of("exists", crime.isPresent())));
            throw new NotFoundException("There is no such case you can see");
        }
        return crime.get();
    }
}
