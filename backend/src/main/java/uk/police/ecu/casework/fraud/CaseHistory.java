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
 * (events logged, victim updates, plan actions, notes, and each {@link CaseHistorySource}), each with who and when.
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
    static final String ALLOCATION_REFUSED = "Allocation refused";
    static final String OFFICER_CHANGED = "Officer in charge changed";
    static final String RETURNED_TO_NFIB = "Returned to NFIB";
    static final String UPDATES_AGREED = "Victim agreed to be updated";
    static final String UPDATES_CHANGED = "How often the victim is updated changed";

    private final HistoryService history;
    private final CaseEventRepository events;
    private final VictimUpdateRepository victimUpdates;
    private final InvestigationPlanActionRepository planActions;
    private final CaseNoteRepository notes;
    private final UserRepository users;
    private final CrimeAmendmentRepository amendments;
    private final ClosedCaseEventReviewRepository reviews;
    private final AllocationRefusalRepository refusals;
    private final OfficerInChargeChangeRepository officerChanges;
    private final NfibReturnRepository nfibReturns;
    private final VictimUpdateAgreementRepository agreements;
    private final List<CaseHistorySource> sources;

    CaseHistory(HistoryService history, CaseEventRepository events, VictimUpdateRepository victimUpdates,
                InvestigationPlanActionRepository planActions, CaseNoteRepository notes, UserRepository users,
                CrimeAmendmentRepository amendments, ClosedCaseEventReviewRepository reviews,
                AllocationRefusalRepository refusals, OfficerInChargeChangeRepository officerChanges,
                NfibReturnRepository nfibReturns, VictimUpdateAgreementRepository agreements,
                List<CaseHistorySource> sources) {
        this.sources = sources;
        this.agreements = agreements;
        this.reviews = reviews;
        this.nfibReturns = nfibReturns;
        this.refusals = refusals;
        this.officerChanges = officerChanges;
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
            entries.add(new Entry(update.recordedAt(), name(names, update.recordedBy()), victimUpdate(update),
                    update.notes()));
        }
        for (AllocationRefusalRepository.Refusal refusal : refusals.onCase(reference)) {
            entries.add(new Entry(refusal.refusedAt(), name(names, refusal.refusedBy()),
                    ALLOCATION_REFUSED + " by " + users.teamName(refusal.team()).orElse(refusal.team()) + ": "
                            + label(refusal.reasonCategory()), refusal.reason()));
        }
        List<VictimUpdateAgreementRepository.Agreement> agreed = agreements.onCase(reference);
        for (int i = 0; i < agreed.size(); i++) {
            VictimUpdateAgreementRepository.Agreement agreement = agreed.get(i);
            entries.add(new Entry(agreement.recordedAt(), name(names, agreement.recordedBy()),
                    (i == 0 ? UPDATES_AGREED : UPDATES_CHANGED) + ": every " + agreement.everyDays()
                            + (agreement.everyDays() == 1 ? " day" : " days") + " by " + label(agreement.method()),
                    agreement.reason()));
        }
        for (OfficerInChargeChangeRepository.Change change : officerChanges.onCase(reference)) {
            entries.add(new Entry(change.changedAt(), name(names, change.changedBy()), OFFICER_CHANGED + ": "
                    + (change.fromOfficer() == null ? "nobody" : name(names, change.fromOfficer())) + " to "
                    + name(names, change.toOfficer()), change.reason()));
        }
        nfibReturns.of(reference).ifPresent(returned -> entries.add(new Entry(returned.returnedAt(),
                name(names, returned.returnedBy()), RETURNED_TO_NFIB + ": " + label(returned.reasonCode()),
                returned.reason())));
        victimUpdates.optOut(reference).ifPresent(optOut -> entries.add(new Entry(optOut.recordedAt(),
                name(names, optOut.recordedBy()), "Victim opted out of updates from " + optOut.optedOutOn(),
                "Later updates are still listed and may be closed as opted out")));
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
        for (CaseHistorySource source : sources) {
            entries.addAll(source.entries(reference, username -> name(names, username)));
        }
        entries.sort(Comparator.comparing(Entry::at).reversed());
        return entries;
    }

    private static String victimUpdate(VictimUpdateRepository.GivenUpdate update) {
        String what = "REGULAR".equals(update.updateType()) ? "regular update at the agreed frequency"
                : label(update.updateType());
        return switch (update.outcome()) {
            case "COULD_NOT_REACH" -> "Victim not reached (" + what + ") after " + update.attempts()
                    + (update.attempts() == 1 ? " attempt" : " attempts");
            case "VICTIM_OPTED_OUT" -> "Victim not told (" + what + "): opted out of updates";
            default -> "Victim told (" + what + ") by " + label(update.method()) + " on " + update.toldOn()
                    + offers(update);
        };
    }

    /**
     * What a told update offered: the Victims' Right to Review with the last day the victim may ask (a limit of
     * the NPCC scheme, not of the Code), or the victim's answer to the offer of a personal statement.
     */
    private static String offers(VictimUpdateRepository.GivenUpdate update) {
        if (Boolean.TRUE.equals(update.reviewOffered())) {
            return "; Victims' Right to Review offered: the victim may ask for a review until "
                    + update.toldOn().plusMonths(TellVictimTask.REVIEW_REQUEST_MONTHS)
                    + " (scheme limit, not Victims' Code law)";
        }
        if (Boolean.FALSE.equals(update.reviewOffered())) {
            return "; Victims' Right to Review not offered";
        }
        if (update.statementResponse() != null) {
            return "; Victim Personal Statement offered: " + label(update.statementResponse());
        }
        return "";
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
