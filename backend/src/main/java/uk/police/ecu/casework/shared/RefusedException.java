package uk.police.ecu.casework.shared;

/**
 * The user may see the record, but a rule of the work forbids them this action (four eyes, another area).
 * Unlike a role check's refusal it is not audited as a reach for something forbidden. The web layer answers
 * 403 with this message.
 */
public class RefusedException extends RuntimeException {

    public RefusedException(String message) {
        super(message);
    }
}
