package uk.police.ecu.casework.fraud;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.security.UserRepository;

/**
 * What has happened on a case, newest first: the engine's finished tasks and the domain events
 * (events logged, victim updates, plan actions, notes), each with who and when.
 */
@Component
class CaseHistory {

    record Entry(OffsetDateTime at, String who, String what, String detail) {
    }

    /** What a note is called on the timeline (the front end adds a new note under the same title). */
    static final String NOTE = "Note";
    static final String AMENDED = "Amended by NFIB";
    static final String REOPENED = "Reopened for triage";
    static final String KEPT_FILED = "Kept filed after review";

    private final HistoryService history;
    private final CaseEventRepository events;
    private final VictimUpdateRepository victimUpdates;
    private final InvestigationPlanActionRepository planActions;
    private final CaseNoteRepository notes;
    private final UserRepository users;
    private final CrimeAmendmentRepository amendments;
    private final ClosedCaseEventReviewRepository reviews;

    CaseHistory(HistoryService history, CaseEventRepository events, VictimUpdateRepository victimUpdates,
                InvestigationPlanActionRepository planActions, CaseNoteRepository notes, UserRepository users,
                CrimeAmendmentRepository amendments, ClosedCaseEventReviewRepository reviews) {
        this.reviews = reviews;
        this.amendments = amendments;
        this.history = history;
        this.events = events;
        this.victimUpdates = victimUpdates;
        this.planActions = planActions;
        this.notes = notes;
        this.users = users;
    }

    List<Entry> of(Crime crime) {
        Map<String, String> names = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        String reference = crime.crimeReference();
        entries.add(new Entry(crime.receivedAt(), name(names, crime.receivedBy()), "Dissemination received",
                crime.nfibCode().equals(crime.originalNfibCode()) ? crime.nfibCode()
                        : crime.originalNfibCode() + ", recategorised as " + crime.nfibCode()));
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(reference).finished().list()) {
            entries.add(new Entry(task.getEndTime().toInstant().atOffset(ZoneOffset.UTC),
                    name(names, task.getAssignee()), "Completed: " + task.getName(), null));
        }
        for (CaseEventRepository.LoggedEvent event : events.onCase(reference)) {
            entries.add(new Entry(event.loggedAt(), name(names, event.loggedBy()),
                    "Event logged: " + label(event.eventType()) + " on " + event.occurredOn(), event.details()));
        }
        for (VictimUpdateRepository.GivenUpdate update : victimUpdates.onCase(reference)) {
            entries.add(new Entry(update.recordedAt(), name(names, update.recordedBy()),
                    "Victim told (" + label(update.updateType()) + ") by " + label(update.method()) + " on "
                            + update.toldOn(), update.notes()));
        }
        for (InvestigationPlanActionRepository.PlannedAction action : planActions.onCase(reference)) {
            entries.add(new Entry(action.recordedAt(), name(names, action.recordedBy()),
                    "Plan action: " + action.description(), "Owner " + action.owner() + ", due " + action.dueDate()));
        }
        for (CrimeAmendment amendment : amendments.onCase(reference)) {
            entries.add(new Entry(amendment.receivedAt(), name(names, amendment.receivedBy()), AMENDED,
                    amendment.summary()));
            if (amendment.acknowledged()) {
                entries.add(new Entry(amendment.acknowledgedAt(), name(names, amendment.acknowledgedBy()),
                        "NFIB amendment reviewed", amendment.summary()));
            }
        }
        for (ClosedCaseEventReviewRepository.Decision review : reviews.onCase(reference)) {
            entries.add(new Entry(review.decidedAt(), name(names, review.decidedBy()),
                    ("REOPEN".equals(review.decision()) ? REOPENED : KEPT_FILED) + " (" + label(review.eventType())
                            + ")", review.reason()));
        }
        for (CaseNoteRepository.WrittenNote note : notes.onCase(reference)) {
            entries.add(new Entry(note.createdAt(), name(names, note.author()), NOTE, note.text()));
        }
        entries.sort(Comparator.comparing(Entry::at).reversed());
        return entries;
    }

    private String name(Map<String, String> names, String username) {
        if (username == null) {
            return null;
        }
        return names.computeIfAbsent(username, u -> users.displayName(u).orElse(u));
    }

    private static String label(String code) {
        String words = code.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
