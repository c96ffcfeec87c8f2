package uk.police.ecu.casework.fraud;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.security.UserRepository;
import uk.police.ecu.casework.shared.CommunicationNeeds;
import uk.police.ecu.casework.shared.ConflictException;
import uk.police.ecu.casework.shared.NotFoundException;
import uk.police.ecu.casework.tasks.CaseTasks;
import uk.police.ecu.casework.tasks.TaskSummary;

/** A fraud case as its officers work it: its facts, the events the victim must hear of, the victim's rights. */
@Service
@Validated
@PreAuthorize("hasAnyRole('ECU_OFFICER', 'ECU_SUPERVISOR', 'LOCAL_INVESTIGATOR')")
public class FraudCaseService {

    enum EventType { ARREST, INTERVIEW_UNDER_CAUTION, RELEASE, BAIL_CHANGE, CHARGE, OUT_OF_COURT_DISPOSAL, NEW_INFORMATION }

    enum EnhancedRightsCategory { MOST_SERIOUS_CRIME, PERSISTENTLY_TARGETED, VULNERABLE, INTIMIDATED }

    /**
     * {@code occurredAt}: the time of day it happened, if known. Without it the event is taken at the start of
     * its day, the earliest it can have happened, so its victim-update clock is never shorter than the truth.
     */
    record CaseEvent(@NotNull(message = "Choose what happened") EventType eventType,
                     @NotNull(message = "Give the date it happened") LocalDate occurredOn,
                     LocalTime occurredAt,
                     @Size(max = 4000) String details) {
    }

    record EnhancedRights(@NotNull(message = "Choose the category") EnhancedRightsCategory category,
                          @NotBlank(message = "Say why the victim qualifies") @Size(max = 4000) String reason) {
    }

    record NewNote(@NotBlank(message = "Enter the note")
                   @Size(max = NOTE_MAX_LENGTH, message = "The note must be 4,000 characters or fewer") String text) {
    }

    /**
     * {@code amendments}: what NFIB changed by sending the crime again, newest first; unacknowledged ones need review.
     * {@code communicationNeeds}: how the victim needs to be contacted (null when none recorded), on the case or by
     * victim care.
     */
    record CaseView(Crime crime, String allocatedOfficerName, String allocatedTeamName, List<String> linesOfEnquiry,
                    EnhancedRights enhancedRights, List<CaseHistory.Entry> history, List<TaskSummary> currentTasks,
                    List<CrimeAmendment> amendments, CommunicationNeeds communicationNeeds) {
    }

    static final int NOTE_MAX_LENGTH = 4000;
    private static final Set<String> EVENTS_OPEN = Set.of("INVESTIGATING", "AWAITING_ACCEPTANCE");
    private static final String CLOSED = "FINALISED";

    private final CrimeRepository crimes;
    private final FraudCaseAccess access;
    private final CurrentUser currentUser;
    private final RuntimeService runtime;
    private final CaseEventRepository events;
    private final EnhancedRightsRepository enhancedRights;
    private final AuditLog audit;
    private final UserRepository users;
    private final CaseHistory caseHistory;
    private final CaseDiagrams diagrams;
    private final CaseNoteRepository notes;
    private final CaseTasks caseTasks;
    private final CrimeAmendmentRepository amendments;
    private final CaseEventTimes caseEventTimes;
    private final ClosedCaseEvents closedCaseEvents;
    private final CaseCommunicationNeeds communicationNeeds;

    FraudCaseService(CrimeRepository crimes, FraudCaseAccess access, CurrentUser currentUser, RuntimeService runtime,
                     CaseEventRepository events, EnhancedRightsRepository enhancedRights, AuditLog audit,
                     UserRepository users, CaseHistory caseHistory, CaseDiagrams diagrams, CaseNoteRepository notes,
                     CaseTasks caseTasks, CrimeAmendmentRepository amendments, CaseEventTimes caseEventTimes,
                     ClosedCaseEvents closedCaseEvents, CaseCommunicationNeeds communicationNeeds) {
        this.closedCaseEvents = closedCaseEvents;
        this.communicationNeeds = communicationNeeds;
        this.caseEventTimes = caseEventTimes;
        this.amendments = amendments;
        this.crimes = crimes;
        this.access = access;
        this.currentUser = currentUser;
        this.runtime = runtime;
        this.events = events;
        this.enhancedRights = enhancedRights;
        this.audit = audit;
        this.users = users;
        this.caseHistory = caseHistory;
        this.diagrams = diagrams;
        this.notes = notes;
        this.caseTasks = caseTasks;
    }

    /** The case's facts; reading a victim's details is a consultation on the audit trail, with its purpose if given. */
    @Transactional
    public CaseView view(String reference, String purpose) {
        Crime crime = visible(reference);
        audit.record(AuditEntry.consultation("crime", List.of(crime.crimeReference()), purpose, Map.of()));
        EnhancedRights rights = enhancedRights.find(crime.crimeReference())
                .map(a -> new EnhancedRights(EnhancedRightsCategory.valueOf(a.category()), a.reason()))
                .orElse(null);
        String officerName = crime.allocatedOfficer() == null ? null
                : users.displayName(crime.allocatedOfficer()).orElse(crime.allocatedOfficer());
        String teamName = crime.allocatedTeam() == null ? null
                : users.teamName(crime.allocatedTeam()).orElse(crime.allocatedTeam());
        List<TaskSummary> tasks = new ArrayList<>(
                caseTasks.openTasks(currentUser.get(), FraudTriageService.PROCESS_KEY, crime.crimeReference()));
        tasks.addAll(caseTasks.openTasks(currentUser.get(), NfibAmendments.REVIEW_PROCESS_KEY, crime.crimeReference()));
        tasks.addAll(caseTasks.openTasks(currentUser.get(), ClosedCaseEvents.PROCESS_KEY, crime.crimeReference()));
        return new CaseView(crime, officerName, teamName, crimes.linesOfEnquiry(crime.crimeReference()), rights,
                caseHistory.of(crime), tasks, amendments.onCase(crime.crimeReference()),
                communicationNeeds.shownFor(crime.crimeReference()).orElse(null));
    }

    /**
     * The case's process diagram and where it stands. Not a consultation (no personal data), but held to the
     * same object-level check, so it tells nobody that a case they may not see exists.
     */
    public CaseDiagrams.CaseDiagram diagram(String reference) {
        Crime crime = visible(reference);
        return diagrams.of(crime).orElseThrow(
                () -> new NotFoundException("This case has no process diagram"));
    }

    /** Adds a note to the case's timeline; a change to the case on the audit trail. */
    @Transactional
    public CaseNoteRepository.CaseNote addNote(String reference, @Valid NewNote note) {
        Crime crime = visible(reference);
        CaseworkUser author = currentUser.get();
        CaseNoteRepository.CaseNote added = notes.add(crime.crimeReference(), author.username(), author.displayName(),
                note.text().strip());
        audit.record(AuditEntry.alteration("crime", List.of(crime.crimeReference()),
                Map.of("change", "note added", "noteId", added.id())));
        return added;
    }

    /**
     * Logs an arrest, charge, new information or the like; the victim-update task it starts is due by the Victims'
     * Code, counted from when the event happened (logging it late leaves less time, or none). On a case being
     * investigated its own process tells the victim (new information is for its officer, with no update due); on
     * a filed or finalised case the event is kept too, and one that needs action goes to a supervisor's review.
     */
    @Transactional
    public void logEvent(String reference, @Valid CaseEvent event) {
        Crime crime = visible(reference);
        boolean closed = CLOSED.equals(crime.status());
        if (!closed && !EVENTS_OPEN.contains(crime.status())) {
            throw new ConflictException("Events can be logged once the crime has been triaged");
        }
        ZonedDateTime happened = caseEventTimes.happened(crime, event.occurredOn(), event.occurredAt());
        long eventId = events.log(crime.crimeReference(), event.eventType().name(), happened.toOffsetDateTime(),
                event.details(), currentUser.get().username());
        if (closed) {
            closedCaseEvents.raise(crime, eventId, event.eventType(), happened);
        } else if (event.eventType() != EventType.NEW_INFORMATION) {
            runtime.createMessageCorrelation(FraudProcessVariables.CASE_EVENT_MESSAGE)
                    .processInstanceBusinessKey(crime.crimeReference())
                    .setVariableLocal("caseEventType", event.eventType().name())
                    .setVariableLocal(FraudProcessVariables.CASE_EVENT_AT, Date.from(happened.toInstant()))
                    .correlate();
        }
        audit.record(AuditEntry.collection("case-event", List.of(crime.crimeReference()),
                Map.of("eventType", event.eventType().name(), "caseClosed", closed)));
    }

    /** Records the assessed enhanced-rights category; deadlines of victim updates created from now on shorten. */
    @Transactional
    public void recordEnhancedRights(String reference, @Valid EnhancedRights rights) {
        Crime crime = visible(reference);
        enhancedRights.record(crime.crimeReference(), rights.category().name(), rights.reason().trim(),
                currentUser.get().username());
        audit.record(AuditEntry.alteration("victim-enhanced-rights", List.of(crime.crimeReference()),
                Map.of("category", rights.category().name())));
    }

    /** The case if the user has a reason to see it; otherwise "not found" either way, and the attempt is recorded. */
    private Crime visible(String reference) {
        String key = reference.trim().toUpperCase();
        Optional<Crime> crime = crimes.find(key);
        if (crime.isPresent() && access.canSee(currentUser.get(), crime.get())) {
            return crime.get();
        }
        audit.recordRefusal(AuditEntry.accessRefused("crime", List.of(key), Map.of("exists", crime.isPresent())));
        throw new NotFoundException("There is no such case you can see");
    }
}
