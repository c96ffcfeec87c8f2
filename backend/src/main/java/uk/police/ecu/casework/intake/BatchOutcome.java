package uk.police.ecu.casework.intake;

/**
 * What one batch of good rows came to, added to its import's counts. The victim care counts stay
 * zero for files that are not victim lists.
 *
 * @param rows          good rows dealt with
 * @param created       records started: crimes for disseminations, listings for victim lists
 * @param duplicates    rows already known, not stored again
 * @param flagged       rows stored but listed in the report for someone to look at
 * @param referred      victim listings referred for victim care
 * @param screenedOut   victim listings screened out (stored, counted)
 * @param repeatVictims victim listings of a person already known from another crime
 */
public record BatchOutcome(int rows, int created, int duplicates, int flagged, int referred, int screenedOut,
                    int repeatVictims) {
}
