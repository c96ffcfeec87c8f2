package uk.police.ecu.casework.victimcare;

/**
 * How a referral ended. WITHDRAWN and OPTED_OUT are recorded by the action on the referral (or a contact
 * logged as "victim opted out"), never chosen on the close form.
 */
enum ClosureOutcome {
    SUPPORT_COMPLETED, DECLINED_SUPPORT, UNABLE_TO_CONTACT, REFERRED_ON, WITHDRAWN, OPTED_OUT;

    /** The victim ended support or contact themselves. */
    boolean victimsChoice() {
        return this == WITHDRAWN || this == OPTED_OUT;
    }
}
