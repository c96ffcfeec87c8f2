package uk.police.ecu.casework.victimcare;

import uk.police.ecu.casework.tasks.TaskForm;

/** Names shared by {@code processes/victim-care.bpmn} and the code that drives it. */
final class VictimCareProcess {

    static final String ATTEMPTS_EXHAUSTED_MESSAGE = "ContactAttemptsExhausted";
    static final String PLAN_CHANGED_MESSAGE = "ContactPlanChanged";
    static final String CONSENT_RECORDED_MESSAGE = "VictimSupportConsentRecorded";
    static final String SUPPORT_ENDED_MESSAGE = "VictimEndedSupport";
    static final String REOPENED_MESSAGE = "ReferralReopened";

    static final String LISTING_ID = "listingId";
    static final String ROMANCE_FRAUD = "romanceFraud";
    static final String WANTS_SUPPORT = "wantsSupport";
    static final String ENHANCED_RIGHTS = "enhancedRights";
    static final String SUPPORT_LEVEL = "supportLevel";
    static final String CONTACT_REVIEW_DECISION = "contactReviewDecision";
    static final String PLANNED_CONTACT_ID = "plannedContactId";
    /** Set by a contact logged as "victim opted out": the remaining contacts are cancelled and the referral ends. */
    static final String VICTIM_OPTED_OUT = "victimOptedOut";
    static final String SUPPORT_ENDED_OUTCOME = "supportEndedOutcome";

    /**
     * Returned by a contact form whose task ends the victim's Victims' Code clocks other than by meeting
     * them (read by the SLA clocks): OPTED_OUT or UNREACHABLE, counted apart, never as met.
     */
    static final String CLOCK_END = TaskForm.VICTIMS_CODE_CLOCK_END;
    static final String CLOCK_END_OPTED_OUT = "OPTED_OUT";
    static final String CLOCK_END_UNREACHABLE = "UNREACHABLE";

    static final String ROMANCE_FRAUD_CODE = "NFIB1D";

    private VictimCareProcess() {
    }
}
