package uk.police.ecu.casework.security;

/** What a user does here; each maps to the Spring authority {@code ROLE_<name>}. */
public enum Role {
    ECU_OFFICER("ECU officer"),
    ECU_SUPERVISOR("ECU supervisor"),
    LOCAL_INVESTIGATOR("Local investigator"),
    VICTIM_CARE_OFFICER("Victim care officer"),
    O2R_OFFICER("O2R officer"),
    DRUG_REFERRAL_WORKER("Drug referral worker"),
    PERFORMANCE_ANALYST("Performance analyst"),
    ADMINISTRATOR("Administrator"),
    AUDITOR("Auditor");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
