package uk.police.ecu.casework.security;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.police.ecu.casework.shared.NotFoundException;

/**
 * Members of a team, for choosing whom to allocate or assign work to. ECU roles may list the ECU
 * investigations team (allocation at triage) and any team they belong to; others only their own teams.
 */
@RestController
@RequestMapping("/api/teams")
class TeamController {

    private static final String ECU_INVESTIGATIONS = "ecu-investigations";

    private final UserRepository users;
    private final CurrentUser currentUser;

    TeamController(UserRepository users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @GetMapping("/{teamId}/members")
    @PreAuthorize("hasAnyRole('ECU_OFFICER', 'ECU_SUPERVISOR', 'LOCAL_INVESTIGATOR', 'VICTIM_CARE_OFFICER', "
            + "'O2R_OFFICER', 'DRUG_REFERRAL_WORKER')")
    List<UserRepository.TeamMember> members(@PathVariable String teamId) {
        CaseworkUser user = currentUser.get();
        boolean ecuAllocating = ECU_INVESTIGATIONS.equals(teamId)
                && (user.hasRole(Role.ECU_OFFICER) || user.hasRole(Role.ECU_SUPERVISOR));
        if (!ecuAllocating && !user.teamIds().contains(teamId)) {
            throw new NotFoundException("There is no such team you can see");
        }
        return users.members(teamId);
    }
}
