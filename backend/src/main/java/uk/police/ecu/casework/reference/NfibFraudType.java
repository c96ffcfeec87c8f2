package uk.police.ecu.casework.reference;

/** An NFIB fraud or cyber crime type, e.g. {@code NFIB1D} "Dating Scam". */
public record NfibFraudType(String code, String name, String fraudGroup, String confidence) {
}
