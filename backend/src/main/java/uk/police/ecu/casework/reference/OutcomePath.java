package uk.police.ecu.casework.reference;

/**
 * A decision that closes a crime, each allowed only the Home Office outcome codes that fit it
 * ({@code outcome_code_path}, from {@code docs/reference/outcome-codes-by-path.csv}).
 */
public enum OutcomePath {
    /** Filed at triage: no reasonable line of enquiry, so nothing was investigated and no suspect identified. */
    FILED_AT_TRIAGE("a case filed at triage"),
    /** The outcome recorded after the case was allocated and investigated (ECU or a local policing area). */
    INVESTIGATED("an investigated case"),
    /** Returned to the NFIB at triage as not for this force: another body has investigation primacy. */
    NFIB_RETURNED("a crime returned to NFIB");

    /** How the path reads in a sentence: "Outcome 1 (...) cannot close a case filed at triage". */
    public final String description;

    OutcomePath(String description) {
        this.description = description;
    }
}
