package uk.police.ecu.casework.victimcare;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.fraud.CaseCommunicationNeeds;
import uk.police.ecu.casework.fraud.VictimCareCommunicationNeeds;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.shared.CommunicationNeeds;
import uk.police.ecu.casework.shared.NotFoundException;

/**
 * A victim's communication needs as victim care records them, once per person, and shows them on every task
 * that contacts the victim. Where victim care has none but the crime's fraud case does, those are shown,
 * saying where they came from; and the case's officer sees victim care's when the case holds none.
 */
@Service
class VictimCommunicationNeeds implements VictimCareCommunicationNeeds {

    private final VictimCommunicationNeedsRepository needs;
    private final VictimRepository victims;
    private final CaseCommunicationNeeds fraudCases;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    VictimCommunicationNeeds(VictimCommunicationNeedsRepository needs, VictimRepository victims,
                             CaseCommunicationNeeds fraudCases, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.needs = needs;
        this.victims = victims;
        this.fraudCases = fraudCases;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records (or replaces) the person's needs; audited as an alteration of their personal data. */
    @Transactional
    @PreAuthorize(VictimCareService.VICTIM_CARE_OFFICERS)
    public CommunicationNeeds record(String id, CommunicationNeeds.Entry entry) {
        UUID victimId = victimId(id);
        if (!victims.exists(victimId)) {
            throw new NotFoundException("There is no such victim");
        }
        CommunicationNeeds.Entry checked = entry == null
                ? new CommunicationNeeds.Entry(null, null, null, null, null).checked() : entry.checked();
        needs.record(victimId, checked, currentUser.get().username(), OffsetDateTime.now(clock));
        audit.record(AuditEntry.alteration("victim-communication-needs", List.of(victimId.toString()),
                Map.of("interpreterNeeded", checked.interpreterNeeded())));
        return needs.find(victimId).orElseThrow();
    }

    /** What a contact task of the referral shows: the person's needs, else those recorded on the fraud case. */
    Optional<CommunicationNeeds> shownForReferral(VictimCommunicationNeedsRepository.ReferredPerson person) {
        return needs.find(person.victimId()).or(() -> fraudCases.recordedOnCase(person.crimeReference()));
    }

    Optional<VictimCommunicationNeedsRepository.ReferredPerson> referredPerson(String referralReference) {
        return referralReference == null ? Optional.empty() : needs.referredPerson(referralReference);
    }

    @Override
    public Optional<CommunicationNeeds> ofVictimOf(String crimeReference) {
        return needs.ofVictimOf(crimeReference);
    }

    private static UUID victimId(String id) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("There is no such victim");
        }
    }
}
