package uk.police.ecu.casework.recovery;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.Role;
import uk.police.ecu.casework.shared.RefusedException;

/**
 * Who may see a participant: O2R officers and drug referral workers of the participant's local authority
 * area (through their team). Anyone else asking for a participant by reference is refused (403) and the
 * attempt is put on the audit trail; treatment notes are for drug referral workers only.
 */
@Component
class ParticipantAccess {

    private final LocalAuthorityRepository areas;
    private final AuditLog audit;

    ParticipantAccess(LocalAuthorityRepository areas, AuditLog audit) {
        this.areas = areas;
        this.audit = audit;
    }

    List<String> areasOf(CaseworkUser user) {
        if (!user.hasRole(Role.O2R_OFFICER) && !user.hasRole(Role.DRUG_REFERRAL_WORKER)) {
            return List.of();
        }
        return areas.areasOfTeams(user.teamIds());
    }

    void require(CaseworkUser user, Participant participant) {
        if (!areasOf(user).contains(participant.localAuthority())) {
            audit.recordRefusal(AuditEntry.accessRefused(RecoveryProcess.RECORD_TYPE, List.of(participant.reference()),
                    Map.of("check", "local authority area", "area", participant.localAuthority())));
            throw new RefusedException("This participant is not in your area");
        }
    }

    static boolean seesTreatmentNotes(CaseworkUser user) {
        return user.hasRole(Role.DRUG_REFERRAL_WORKER);
    }
}
