package uk.police.ecu.casework.fraud;

import java.util.Optional;

import static uk.police.ecu.casework.fraud.FraudProcessVariables.*;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.reference.PolicingArea;
import uk.police.ecu.casework.reference.ReferenceDataRepository;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.shared.InvalidInputException;

/**
 * Receives disseminations: records the crime and starts its triage in one transaction, so there is
 * never a crime without its process or a process without its crime. Validates its own input (after
 * the role check), so every caller, API or import, is held to the same rules.
 */
@Service
@Validated
public class FraudTriageService {

    public static final String PROCESS_KEY = "fraud-triage";
    static final String NFIB_OTHER = "NFIB90";

    private final RuntimeService runtime;
    private final CrimeRepository crimes;
    private final ReferenceDataRepository referenceData;
    private final VictimUpdateDeadlines deadlines;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final NfibAmendments amendments;

    FraudTriageService(RuntimeService runtime, CrimeRepository crimes, ReferenceDataRepository referenceData,
                       VictimUpdateDeadlines deadlines, CurrentUser currentUser, AuditLog audit,
                       NfibAmendments amendments) {
        this.amendments = amendments;
        this.runtime = runtime;
        this.crimes = crimes;
        this.referenceData = referenceData;
        this.deadlines = deadlines;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * @param duplicate the crime was known with the same content: nothing changed, nothing started
     * @param amendment the crime was known, and this dissemination changed it; null otherwise
     * @param refused why the dissemination was not applied to the known crime (e.g. its data was erased); null otherwise
     */
    public record Received(String crimeReference, String processInstanceId, boolean duplicate,
                           boolean nfibCodeUnknown, CrimeAmendment amendment, String refused) {
    }

    /** Where in an import a dissemination came from, kept with an amendment it makes. */
    public record ReceivedFrom(UUID importJobId, int line) {
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ECU_OFFICER', 'ECU_SUPERVISOR')")
    public Received receive(@Valid Dissemination dissemination) {
        return receive(dissemination, null);
    }

    /**
     * A new crime starts its triage. A known crime sent again with the same content is a duplicate; with changed
     * content it is an amendment: the crime's facts are updated and someone is asked to review what changed.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ECU_OFFICER', 'ECU_SUPERVISOR')")
    public Received receive(@Valid Dissemination dissemination, ReceivedFrom from) {
        String reference = dissemination.reference();
        String code = dissemination.normalisedNfibCode();
        boolean unknownCode = !referenceData.nfibCodes().contains(code);
        Dissemination checked = withKnownArea(dissemination);
        String receivedBy = currentUser.get().username();
        if (!crimes.insert(checked, unknownCode, receivedBy)) {
            Crime known = crimes.find(reference).orElseThrow();
            Optional<String> refusal = amendments.refusal(known);
            if (refusal.isPresent()) {
                return new Received(reference, null, false, unknownCode, null, refusal.get());
            }
            return amendments.amend(known, checked, unknownCode, from, receivedBy)
                    .map(amendment -> new Received(reference, null, false, unknownCode, amendment, null))
                    .orElseGet(() -> new Received(reference, null, true, unknownCode, null, null));
        }
        // Only what routes the case travels in the engine: the crime row holds the facts (and its reference is
        // the business key), so intake writes two variables, not seven, into runtime and full history.
        Map<String, Object> variables = Map.of(
                NEEDS_RECATEGORISATION, unknownCode || NFIB_OTHER.equals(code),
                VICTIMS_CODE_VERSION, deadlines.currentCodeVersion());
        String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, reference, variables).getId();
        audit.record(AuditEntry.collection("crime", List.of(reference), Map.of("nfibCode", code)));
        return new Received(reference, instance, false, unknownCode, null, null);
    }

    /** The area is stored by its id; a name or id that matches no area is refused. */
    private Dissemination withKnownArea(Dissemination d) {
        if (d.policingArea() == null || d.policingArea().isBlank()) {
            return d;
        }
        String given = d.policingArea().trim();
        PolicingArea area = referenceData.policingAreas().stream()
                .filter(a -> a.id().equalsIgnoreCase(given) || a.name().equalsIgnoreCase(given))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.field("policingArea", "is not one of the force's policing areas"));
        return new Dissemination(d.crimeReference(), d.reportedDate(), d.nfibCode(), d.victimType(), d.victimName(),
                d.victimDateOfBirth(), d.victimEmail(), d.victimPhone(), d.victimPostcode(), d.lossGbp(),
                d.ndmScore(), area.id(), d.summary(), d.suspectDetails());
    }
}
