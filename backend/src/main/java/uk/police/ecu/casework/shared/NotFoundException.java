package uk.police.ecu.casework.shared;

/**
 * The record does not exist, or the user has no reason to know that it does: both are said alike, so that
 * a refusal never confirms a record exists. The web layer answers 404 with this message.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
