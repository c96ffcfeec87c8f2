package uk.police.ecu.casework.victimcare;

import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.shared.RefusedException;

/**
 * Victim care supervisors are the victim care officers in the ECVCU supervisors' team: the team whose queue
 * holds the referrals the unit could not reach. There is no supervisor role for victim care; the team is the rule.
 */
final class VictimCareSupervisors {

    static final String TEAM = "ecvcu-supervisors";

    private VictimCareSupervisors() {
    }

    static boolean isSupervisor(CaseworkUser user) {
        return user.teamIds().contains(TEAM);
    }

    static void require(CaseworkUser user, String what) {
        if (!isSupervisor(user)) {
            throw new RefusedException("Only a victim care supervisor can change " + what);
        }
    }
}
