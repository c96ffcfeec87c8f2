package uk.police.ecu.casework.fraud;

import static uk.police.ecu.casework.fraud.FraudProcessVariables.AMENDMENT_ID;
import static uk.police.ecu.casework.fraud.FraudProcessVariables.DISSEMINATION_AMENDED_MESSAGE;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;

/**
 * A crime NFIB sends again with changed content: the crime takes the new values, the amendment keeps the old
 * ones, and someone reviews it. On a case still being worked that is the officer holding it (or the triage team),
 * in a task of its own triage process. On a closed case (filed or finalised) it is an event that needs action:
 * the {@code filed-case-event} process puts it before a supervisor, who keeps the case closed or reopens it at
 * triage. The {@code amendment-review} process, in which the triage team only acknowledged such an amendment,
 * is no longer started; its model stays deployed so that reviews started before remain workable.
 *
 * <p>A crime whose personal data was erased under the retention schedule takes no amendment: applying one
 * would put back the very details MoPI review removed, so the re-sent row is refused with the reason.
 */
@Component
class NfibAmendments {

    /** Retired: reviews of amendments to closed cases started before they went to a supervisor. */
    static final String REVIEW_PROCESS_KEY = "amendment-review";
    private static final String CLOSED = "FINALISED";

    private final CrimeRepository crimes;
    private final CasePersonalDataRepository personalData;
    private final CrimeAmendmentRepository amendments;
    private final RuntimeService runtime;
    private final ClosedCaseEvents closedCaseEvents;
    private final AuditLog audit;

    NfibAmendments(CrimeRepository crimes, CasePersonalDataRepository personalData,
                   CrimeAmendmentRepository amendments, RuntimeService runtime, ClosedCaseEvents closedCaseEvents,
                   AuditLog audit) {
        this.crimes = crimes;
        this.personalData = personalData;
        this.amendments = amendments;
        this.runtime = runtime;
        this.closedCaseEvents = closedCaseEvents;
        this.audit = audit;
    }

    /** Why a re-sent dissemination cannot be applied to the crime at all; empty when it can. */
    Optional<String> refusal(Crime known) {
        return personalData.erasedAt(known.crimeReference()).map(at -> "Crime " + known.crimeReference()
                + " had its personal data erased on " + at.toLocalDate() + " under the retention schedule;"
                + " the re-sent dissemination was not applied, so the erased details stay erased");
    }

    /** The amendment a re-sent dissemination makes; empty when it says nothing new (a duplicate). */
    Optional<CrimeAmendment> amend(Crime known, Dissemination resent,
                                                            boolean nfibCodeUnknown, FraudTriageService.ReceivedFrom from,
                                                            String receivedBy) {
        Map<String, AmendedFields.Change> changes = AmendedFields.between(known, resent);
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        String reference = known.crimeReference();
        crimes.amend(resent, nfibCodeUnknown);
        UUID importJobId = from == null ? null : from.importJobId();
        Integer line = from == null ? null : from.line();
        long id = amendments.record(reference, importJobId, line, changes, receivedBy);
        audit.record(AuditEntry.alteration("crime", List.of(reference),
                Map.of("change", "NFIB amendment", "amendmentId", id, "fields", List.copyOf(changes.keySet()))));
        raise(known, id);
        return amendments.onCase(reference).stream().filter(a -> a.id() == id).findFirst();
    }

    /**
     * A closed crime's triage may still wait to tell the victim it was filed; the amendment goes to the
     * supervisor all the same, as an event on it does.
     */
    private void raise(Crime known, long amendmentId) {
        String reference = known.crimeReference();
        boolean stillWorked = !CLOSED.equals(known.status()) && runtime.createProcessInstanceQuery()
                .processDefinitionKey(FraudTriageService.PROCESS_KEY).processInstanceBusinessKey(reference).count() > 0;
        if (stillWorked) {
            runtime.createMessageCorrelation(DISSEMINATION_AMENDED_MESSAGE)
                    .processInstanceBusinessKey(reference)
                    .setVariableLocal(AMENDMENT_ID, amendmentId)
                    .correlate();
        } else {
            closedCaseEvents.raiseAmendment(crimes.find(reference).orElse(known), amendmentId);
        }
    }
}
