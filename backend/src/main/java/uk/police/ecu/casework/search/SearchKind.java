package uk.police.ecu.casework.search;

/** The kinds of result, in the order the results page shows them. */
public enum SearchKind {
    CRIMES("Crimes"),
    VICTIMS("Victims"),
    REFERRALS("Victim care referrals"),
    PARTICIPANTS("O2R participants"),
    IMPORTS("Import files");

    private final String label;

    SearchKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
