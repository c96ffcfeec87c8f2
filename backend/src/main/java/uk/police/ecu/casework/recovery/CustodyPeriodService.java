package uk.police.ecu.casework.recovery;

import static uk.police.ecu.casework.recovery.RecoveryProcess.RECORD_TYPE;

import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.shared.NotFoundException;

/**
 * A participant's spells in custody, at any time: before the programme as much as during it, since the
 * offending window before the programme needs them too.
 */
@Service
@PreAuthorize("hasAnyRole('O2R_OFFICER', 'DRUG_REFERRAL_WORKER')")
public class CustodyPeriodService {

    private final CustodyPeriodRepository custody;
    private final ParticipantRepository participants;
    private final ParticipantAccess access;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    CustodyPeriodService(CustodyPeriodRepository custody, ParticipantRepository participants, ParticipantAccess access,
                         AuditLog audit, CurrentUser currentUser) {
        this.custody = custody;
        this.participants = participants;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<CustodyPeriod> of(String reference) {
        visible(currentUser.get(), reference);
        return custody.of(reference);
    }

    /** One person cannot be in custody twice at once, so a spell overlapping another is refused. */
    @Transactional
    public CustodyPeriod record(String reference, CustodyPeriod.New spell) {
        CaseworkUser user = currentUser.get();
        visible(user, reference);
        if (spell.endedOn() != null && spell.endedOn().isBefore(spell.startedOn())) {
            throw InvalidInputException.field("endedOn", "The end of custody cannot be before its start");
        }
        if (custody.of(reference).stream().anyMatch(s -> s.overlaps(spell.startedOn(), spell.endedOn()))) {
            throw InvalidInputException.field("startedOn", "This overlaps a spell in custody already recorded");
        }
        CustodyPeriod added = custody.add(reference, spell, user.username());
        audit.record(AuditEntry.alteration(RECORD_TYPE, List.of(reference),
                Map.of("custodyPeriod", added.id(), "startedOn", added.startedOn().toString())));
        return added;
    }

    private void visible(CaseworkUser user, String reference) {
        Participant p = participants.find(reference)
                .orElseThrow(() -> new NotFoundException("There is no participant " + reference));
        access.require(user, p);
    }
}
