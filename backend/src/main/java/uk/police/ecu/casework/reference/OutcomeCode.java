package uk.police.ecu.casework.reference;

/**
 * An outcome a crime can be closed with: a Home Office code (whose {@code homeOfficeCode} is itself)
 * or one of the force's local sub-codes, returned nationally as {@code homeOfficeCode}.
 */
public record OutcomeCode(String code, String name, String homeOfficeCode, boolean local) {
}
