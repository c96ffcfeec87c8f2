package uk.police.ecu.casework.victimcare;

/** Names shared by {@code processes/victim-care.bpmn} and the code that drives it. */
final class VictimCareProcess {

    static final String ATTEMPTS_EXHAUSTED_MESSAGE = "ContactAttemptsExhausted";
    static final String PLAN_CHANGED_MESSAGE = "ContactPlanChanged";
    static final String CONSENT_RECORDED_MESSAGE = "VictimSupportConsentRecorded";

    static final String LISTING_ID = "listingId";
    static final String ROMANCE_FRAUD = "romanceFraud";
    static final String WANTS_SUPPORT = "wantsSupport";
    static final String ENHANCED_RIGHTS = "enhancedRights";
    static final String SUPPORT_LEVEL = "supportLevel";
    static final String CONTACT_REVIEW_DECISION = "contactReviewDecision";
    static final String PLANNED_CONTACT_ID = "plannedContactId";

    static final String ROMANCE_FRAUD_CODE = "NFIB1D";

    private VictimCareProcess() {
    }
}
