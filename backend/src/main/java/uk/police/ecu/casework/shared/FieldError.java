package uk.police.ecu.casework.shared;

/** What is wrong with one answer, named as the client named the field (e.g. {@code actions[1].owner}). */
public record FieldError(String field, String message) {
}
