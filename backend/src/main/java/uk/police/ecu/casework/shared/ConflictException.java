package uk.police.ecu.casework.shared;

/**
 * The record exists, but its state does not allow this now: already submitted, not yet due, claimed by
 * someone else. The web layer answers 409 with this message.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
