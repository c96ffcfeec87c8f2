package uk.police.ecu.casework.fraud;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.shared.ConflictException;
import uk.police.ecu.casework.shared.FieldError;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.shared.NotFoundException;
import uk.police.ecu.casework.shared.RefusedException;

/**
 * The victim's needs assessment (Victims' Code Right 4): done when the crime is reported, it says whether the victim
 * is entitled to Enhanced Rights (which then times every later update) and what support they need; and done again
 * whenever an officer records that the victim's needs have changed, on the {@code Task_ReassessNeeds} task that
 * change raises. When it is on time is the force's reading of the Code ({@code needs_assessment_rule}).
 */
@Service
@Validated
public class NeedsAssessments {

    /** The message that raises a re-assessment, one task per change. */
    static final String NEEDS_CHANGED = "NeedsChanged";
    static final String REASSESS_TASK = "Task_ReassessNeeds";

    /** One assessment, as the officer records it; {@code assessedAt} is London time. */
    public record Entry(@NotNull(message = "Give the date and time of the assessment") LocalDateTime assessedAt,
                        @NotNull(message = "Say whether the victim is entitled to Enhanced Rights") Boolean enhancedRights,
                        FraudCaseService.EnhancedRightsCategory enhancedRightsCategory,
                        @NotBlank(message = "Say why the victim is or is not entitled to Enhanced Rights")
                        @Size(max = 4000) String enhancedRightsReason,
                        @Size(max = 4000, message = "Support needs must be 4,000 characters or fewer") String supportNeeds) {
    }

    /** The officer's record that the victim's needs have changed; {@code changedAt} is London time. */
    public record Change(@NotNull(message = "Give the date the victim's needs changed") LocalDateTime changedAt,
                         @NotBlank(message = "Say what changed") @Size(max = 4000) String whatChanged) {
    }

    /** The case's assessments and changes; {@code reassessmentDue} while a change has no re-assessment. */
    public record Needs(List<NeedsAssessmentRepository.Assessment> assessments,
                        List<NeedsAssessmentRepository.NeedsChange> changes, boolean assessed,
                        boolean reassessmentDue) {
    }

    private final NeedsAssessmentRepository repository;
    private final EnhancedRightsRepository enhancedRights;
    private final CrimeRepository crimes;
    private final FraudCaseAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Clock clock;

    NeedsAssessments(NeedsAssessmentRepository repository, EnhancedRightsRepository enhancedRights,
                     CrimeRepository crimes, FraudCaseAccess access, CurrentUser currentUser, AuditLog audit,
                     RuntimeService runtime, TaskService tasks, Clock clock) {
        this.repository = repository;
        this.enhancedRights = enhancedRights;
        this.crimes = crimes;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.runtime = runtime;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Needs of(String reference) {
        Crime crime = visible(reference);
        return needs(crime.crimeReference());
    }

    /**
     * Recorded from the case page. While a change of needs waits on its re-assessment task, the assessment is made
     * there; on a case with no such task (its process has ended) the case page records the re-assessment.
     */
    @Transactional
    public Needs record(String reference, @Valid Entry entry) {
        Crime crime = mayRecord(reference);
        String key = crime.crimeReference();
        if (openTask(key).isPresent()) {
            throw new ConflictException("The victim's needs have changed: record the re-assessment on its task");
        }
        Long changeId = repository.changes(key).stream().filter(c -> !c.reassessed()).map(c -> c.id()).findFirst()
                .orElse(null);
        recordAssessment(crime, changeId, entry, currentUser.get().username());
        return needs(key);
    }

    /**
     * Recorded on a re-assessment task a change raised (the task list checked who may complete it). It re-assesses
     * the oldest change still waiting: with two changes waiting, each task answers one, oldest first.
     */
    @Transactional
    void reassess(String reference, Entry entry, String by) {
        Crime crime = crimes.find(reference).orElseThrow(() -> new NotFoundException("There is no such case"));
        long changeId = repository.changes(crime.crimeReference()).stream().filter(c -> !c.reassessed())
                .map(c -> c.id()).findFirst()
                .orElseThrow(() -> new ConflictException("No change of the victim's needs waits on a re-assessment"));
        recordAssessment(crime, changeId, entry, by);
    }

    /** Recorded with the officer in charge's first contact with the victim ({@code Task_TellVictimOfficer}). */
    @Transactional
    void atFirstContact(String reference, Entry entry, String by) {
        Crime crime = crimes.find(reference).orElseThrow(() -> new NotFoundException("There is no such case"));
        recordAssessment(crime, null, entry, by);
    }

    /** The victim's needs have changed: a re-assessment is due, as a task for the officer in charge. */
    @Transactional
    public Needs changed(String reference, @Valid Change change) {
        Crime crime = mayRecord(reference);
        String key = crime.crimeReference();
        OffsetDateTime changedAt = london(change.changedAt());
        checkWhen("changedAt", changedAt, crime, "The date the needs changed");
        String by = currentUser.get().username();
        repository.recordChange(key, changedAt, change.whatChanged().strip(), by, OffsetDateTime.now(clock));
        audit.record(AuditEntry.alteration("needs-change", List.of(key), Map.of("changedAt", changedAt.toString())));
        process(key).ifPresent(process -> runtime.createMessageCorrelation(NEEDS_CHANGED)
                .processInstanceId(process.getId()).correlate());
        return needs(key);
    }

    private void recordAssessment(Crime crime, Long changeId, Entry entry, String by) {
        String key = crime.crimeReference();
        OffsetDateTime assessedAt = london(entry.assessedAt());
        List<FieldError> errors = new ArrayList<>();
        checkWhen(assessedAt, crime, errors);
        if (changeId != null) {
            repository.change(changeId).filter(c -> assessedAt.isBefore(c.changedAt())).ifPresent(c -> errors.add(
                    new FieldError("assessedAt", "The re-assessment cannot be before the victim's needs changed")));
        }
        if (Boolean.TRUE.equals(entry.enhancedRights()) && entry.enhancedRightsCategory() == null) {
            errors.add(new FieldError("enhancedRightsCategory", "Choose why the victim is entitled to Enhanced Rights"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Some answers need correcting", errors);
        }
        String reason = entry.enhancedRightsReason().strip();
        repository.record(new NeedsAssessmentRepository.NewAssessment(key, changeId, assessedAt, entry.enhancedRights(),
                reason, blankToNull(entry.supportNeeds()), by, OffsetDateTime.now(clock)));
        // The answer times every later update (Right 6): a changed answer changes the limits from now on.
        if (entry.enhancedRights()) {
            enhancedRights.record(key, entry.enhancedRightsCategory().name(), reason, by);
        } else {
            enhancedRights.clear(key);
        }
        Map<String, Object> details = new HashMap<>();
        details.put("assessedAt", assessedAt.toString());
        details.put("enhancedRights", entry.enhancedRights());
        details.put("reassessment", changeId != null);
        audit.record(AuditEntry.alteration("needs-assessment", List.of(key), details));
    }

    private void checkWhen(String field, OffsetDateTime at, Crime crime, String what) {
        List<FieldError> errors = new ArrayList<>();
        if (at.isAfter(OffsetDateTime.now(clock))) {
            errors.add(new FieldError(field, what + " cannot be in the future"));
        } else if (at.toLocalDate().isBefore(crime.reportedDate())) {
            errors.add(new FieldError(field, what + " cannot be before the crime was reported"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Some answers need correcting", errors);
        }
    }

    private void checkWhen(OffsetDateTime at, Crime crime, List<FieldError> errors) {
        if (at.isAfter(OffsetDateTime.now(clock))) {
            errors.add(new FieldError("assessedAt", "The assessment cannot be in the future"));
        } else if (at.toLocalDate().isBefore(crime.reportedDate())) {
            errors.add(new FieldError("assessedAt", "The assessment cannot be before the crime was reported"));
        }
    }

    private Needs needs(String key) {
        List<NeedsAssessmentRepository.NeedsChange> changes = repository.changes(key);
        List<NeedsAssessmentRepository.Assessment> assessments = repository.assessments(key);
        return new Needs(assessments, changes, !assessments.isEmpty(),
                changes.stream().anyMatch(c -> !c.reassessed()));
    }

    private Optional<ProcessInstance> process(String key) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey(FraudTriageService.PROCESS_KEY).active().singleResult());
    }

    private Optional<String> openTask(String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(REASSESS_TASK).list()
                .stream().map(t -> t.getId()).findFirst();
    }

    private OffsetDateTime london(LocalDateTime at) {
        return at.atZone(clock.getZone()).toOffsetDateTime();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The officer in charge or a supervisor of the case's team records the assessment and changes. */
    private Crime mayRecord(String reference) {
        Crime crime = visible(reference);
        CaseworkUser user = currentUser.get();
        boolean may = user.username().equals(crime.allocatedOfficer())
                || (crime.allocatedTeam() != null && user.supervisedTeamIds().contains(crime.allocatedTeam()));
        if (!may) {
            throw new RefusedException("Only the officer in charge or their supervisor records the victim's needs");
        }
        return crime;
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
