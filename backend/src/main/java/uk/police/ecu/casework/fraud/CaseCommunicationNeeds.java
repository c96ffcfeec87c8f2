package uk.police.ecu.casework.fraud;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.shared.CommunicationNeeds;
import uk.police.ecu.casework.shared.ConflictException;
import uk.police.ecu.casework.shared.NotFoundException;

/**
 * The crime's victim's communication needs: recorded once on the case, shown on every task that tells the
 * victim something. Where the case holds none but victim care recorded them for the same person, those are
 * shown instead, saying where they came from.
 */
@Service
public class CaseCommunicationNeeds {

    private final CommunicationNeedsRepository needs;
    private final CrimeRepository crimes;
    private final FraudCaseAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ObjectProvider<VictimCareCommunicationNeeds> victimCare;
    private final Clock clock;
    private final CasePersonalDataRepository personalData;

    CaseCommunicationNeeds(CasePersonalDataRepository personalData, CommunicationNeedsRepository needs,
                           CrimeRepository crimes, FraudCaseAccess access, CurrentUser currentUser, AuditLog audit,
                           ObjectProvider<VictimCareCommunicationNeeds> victimCare, Clock clock) {
        this.personalData = personalData;
        this.needs = needs;
        this.crimes = crimes;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.victimCare = victimCare;
        this.clock = clock;
    }

    /** Records (or replaces) the needs on a case the user can see; audited as an alteration of personal data. */
    @Transactional
    @PreAuthorize("hasAnyRole('ECU_OFFICER', 'ECU_SUPERVISOR', 'LOCAL_INVESTIGATOR')")
    public CommunicationNeeds record(String reference, CommunicationNeeds.Entry entry) {
        String key = reference.trim().toUpperCase();
        Optional<Crime> crime = crimes.find(key);
        if (crime.isEmpty() || !access.canSee(currentUser.get(), crime.get())) {
            audit.recordRefusal(AuditEntry.accessRefused("crime", List.of(key), Map.of("exists", crime.isPresent())));
            throw new NotFoundException("There is no such case you can see");
        }
        if (personalData.erasedAt(key).isPresent()) {
            throw new ConflictException("This case's personal data has been erased: nothing more is kept about its victim");
        }
        CommunicationNeeds.Entry checked = entry == null
                ? new CommunicationNeeds.Entry(null, null, null, null, null).checked() : entry.checked();
        needs.record(key, checked, currentUser.get().username(), OffsetDateTime.now(clock));
        audit.record(AuditEntry.alteration("victim-communication-needs", List.of(key),
                Map.of("interpreterNeeded", checked.interpreterNeeded())));
        return needs.find(key).orElseThrow();
    }

    /** The needs recorded on the case itself (not victim care's); for victim care to show on its own tasks. */
    public Optional<CommunicationNeeds> recordedOnCase(String crimeReference) {
        return crimeReference == null ? Optional.empty() : needs.find(crimeReference);
    }

    /**
     * What a contact task of the case shows: the case's own needs, else those victim care recorded; nothing
     * once the case's personal data is erased.
     */
    Optional<CommunicationNeeds> shownFor(String crimeReference) {
        if (personalData.erasedAt(crimeReference).isPresent()) {
            return Optional.empty();
        }
        return recordedOnCase(crimeReference).or(() -> Optional.ofNullable(victimCare.getIfAvailable())
                .flatMap(other -> other.ofVictimOf(crimeReference)));
    }
}
