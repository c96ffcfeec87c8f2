package uk.police.ecu.casework.demo;

import static uk.police.ecu.casework.security.Role.*;

import java.util.EnumSet;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.police.ecu.casework.security.Role;
import uk.police.ecu.casework.security.TeamMembership;
import uk.police.ecu.casework.security.UserRepository;

/** One demo user per role (two ECU officers, so hand-overs can be shown). Listed in the README. */
@DemoContribution
class DemoUsers implements DemoData {

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final String demoPassword;

    DemoUsers(UserRepository users, PasswordEncoder passwords,
              @Value("${casework.demo-data.password}") String demoPassword) {
        this.users = users;
        this.passwords = passwords;
        this.demoPassword = demoPassword;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void load() {
        add("ecu.officer", "DC Priya Shah", EnumSet.of(ECU_OFFICER),
                member("ecu-triage", "ECU triage team"), member("ecu-investigations", "ECU investigations"));
        add("ecu.officer2", "DC Tom Hughes", EnumSet.of(ECU_OFFICER),
                member("ecu-triage", "ECU triage team"), member("ecu-investigations", "ECU investigations"));
        add("ecu.supervisor", "DS Claire Morgan", EnumSet.of(ECU_SUPERVISOR),
                supervisor("ecu-triage", "ECU triage team"), supervisor("ecu-investigations", "ECU investigations"),
                supervisor("ecu-supervisors", "ECU supervisors"));
        add("local.investigator", "PC Ravi Patel", EnumSet.of(LOCAL_INVESTIGATOR),
                member("lpa-birmingham-east", "Birmingham East investigation team"));
        add("victim.care", "Jo Bennett", EnumSet.of(VICTIM_CARE_OFFICER),
                member("ecvcu", "Economic Crime Victim Care Unit"));
        add("victim.care.supervisor", "Sgt Dana Price", EnumSet.of(VICTIM_CARE_OFFICER),
                supervisor("ecvcu", "Economic Crime Victim Care Unit"), supervisor("ecvcu-supervisors", "ECVCU supervisors"));
        add("o2r.officer", "PC Sam O'Neill", EnumSet.of(O2R_OFFICER),
                member("o2r-birmingham", "Offender to Recovery - Birmingham"));
        add("drug.worker", "Alex Reid", EnumSet.of(DRUG_REFERRAL_WORKER),
                member("cgl-birmingham", "Drug referral workers - Birmingham"));
        add("drug.worker.coventry", "Jamie Clarke", EnumSet.of(DRUG_REFERRAL_WORKER),
                member("cgl-coventry", "Drug referral workers - Coventry"));
        add("analyst", "Morgan Lee", EnumSet.of(PERFORMANCE_ANALYST), member("performance", "Force performance team"));
        add("admin", "System Administrator", EnumSet.of(ADMINISTRATOR),
                member("administrators", "System administrators"));
        add("auditor", "Chris Doyle", EnumSet.of(AUDITOR));
    }

    private void add(String username, String name, EnumSet<Role> roles, TeamMembership... teams) {
        if (!users.exists(username)) {
            users.create(new UserRepository.NewUser(username, name, passwords.encode(demoPassword), roles,
                    List.of(teams)));
        }
    }

    private static TeamMembership member(String teamId, String name) {
        return new TeamMembership(teamId, name, false);
    }

    private static TeamMembership supervisor(String teamId, String name) {
        return new TeamMembership(teamId, name, true);
    }
}
