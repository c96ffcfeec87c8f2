package uk.police.ecu.casework.fraud;

import org.springframework.stereotype.Component;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.Role;

/**
 * Who has a reason to see a fraud case: the ECU sees every case; a local investigator sees the
 * cases allocated to one of their teams. Anyone else is told the case does not exist.
 */
@Component
class FraudCaseAccess {

    boolean canSee(CaseworkUser user, Crime crime) {
        if (user.hasRole(Role.ECU_OFFICER) || user.hasRole(Role.ECU_SUPERVISOR)) {
            return true;
        }
        return user.hasRole(Role.LOCAL_INVESTIGATOR) && crime.allocatedTeam() != null
                && user.teamIds().contains(crime.allocatedTeam());
    }
}
