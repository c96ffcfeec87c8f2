package uk.police.ecu.casework.security.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.ecu.casework.security.Role;
import uk.police.ecu.casework.security.sso.GroupMapping.TeamGrant;

class GroupMappingTest {

    private final GroupMapping mapping = GroupMapping.parse(
            "ECU-Officers=ECU_OFFICER, ecu-sergeants=ecu_supervisor, ecu-sergeants=ECU_OFFICER, system-admins=ADMINISTRATOR",
            "ecu-officers=ecu-triage, ecu-officers=ecu-investigations, ecu-sergeants=ecu-triage:supervisor");

    @Test
    void shouldGiveTheRolesAndTeamsOfEveryMappedGroup_ignoringCase() {
        GroupMapping.Mapped mapped = mapping.map(List.of("ecu-officers", "ECU-SERGEANTS"));

        assertThat(mapped.roles()).containsExactlyInAnyOrder(Role.ECU_OFFICER, Role.ECU_SUPERVISOR);
        assertThat(mapped.teams()).containsExactly(
                new TeamGrant("ecu-triage", true), new TeamGrant("ecu-investigations", false));
    }

    @Test
    void shouldIgnoreGroupsThatMapToNothing() {
        GroupMapping.Mapped mapped = mapping.map(List.of("all-staff", "system-admins", "canteen"));

        assertThat(mapped.roles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(mapped.teams()).isEmpty();
    }

    @Test
    void shouldGiveNoRoleToSomeoneInNoMappedGroup_soTheyAreRefused() {
        assertThat(mapping.map(List.of("all-staff")).roles()).isEmpty();
        assertThat(mapping.map(List.of()).roles()).isEmpty();
    }

    @Test
    void shouldNameTheSettingWhenARoleIsNotOneOfOurs() {
        assertThatThrownBy(() -> GroupMapping.parse("ecu-officers=DETECTIVE", null))
                .hasMessageStartingWith("CASEWORK_SSO_ROLE_MAPPING: 'DETECTIVE' is not a role; the roles are ECU_OFFICER");
    }

    @Test
    void shouldRefuseAMappingThatGivesNobodyARole() {
        assertThatThrownBy(() -> GroupMapping.parse(" ", "ecu-officers=ecu-triage"))
                .hasMessageContaining("CASEWORK_SSO_ROLE_MAPPING (casework.sso.role-mapping) is not set");
    }

    @Test
    void shouldRefuseAnEntryThatIsNotGroupEqualsValue() {
        assertThatThrownBy(() -> GroupMapping.parse("ecu-officers ECU_OFFICER", null))
                .hasMessage("CASEWORK_SSO_ROLE_MAPPING: 'ecu-officers ECU_OFFICER' is not written as group=value");
        assertThatThrownBy(() -> GroupMapping.parse("a=ECU_OFFICER", "a=ecu-triage:boss"))
                .hasMessageStartingWith("CASEWORK_SSO_TEAM_MAPPING: 'ecu-triage:boss' is not a team id");
    }

    @Test
    void shouldListEveryTeamItNames_forTheStartUpCheck() {
        assertThat(mapping.teamIds()).containsExactlyInAnyOrder("ecu-triage", "ecu-investigations");
    }
}
