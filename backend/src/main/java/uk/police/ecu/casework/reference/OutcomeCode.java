package uk.police.ecu.casework.reference;

/**
 * An outcome a crime can be closed with: a Home Office code (whose {@code homeOfficeCode} is itself)
 * or one of the force's local sub-codes, returned nationally as {@code homeOfficeCode}. {@code source} says
 * where a local code comes from (none of the board papers holds one), so no one mistakes it for a national code.
 */
public record OutcomeCode(String code, String name, String homeOfficeCode, boolean local, String source) {
}
