package uk.police.ecu.casework.fraud;

/** Names of the fraud triage process variables, as the model's expressions use them. */
final class FraudProcessVariables {

    static final String NEEDS_RECATEGORISATION = "needsRecategorisation";
    static final String LOSS_GBP = "lossGbp";
    static final String VICTIM_AGE = "victimAge";
    static final String NDM_SCORE = "ndmScore";
    static final String VICTIMS_CODE_VERSION = "victimsCodeVersion";
    static final String TRIAGE_DECISION = "triageDecision";
    static final String ALLOCATED_TEAM = "allocatedTeam";
    static final String ALLOCATED_OFFICER = "allocatedOfficer";
    static final String TASK_PRIORITY = "taskPriority";
    static final String FILING_APPROVED = "filingApproved";
    static final String CASE_EVENT_MESSAGE = "CaseEventLogged";
    /** When the logged case event happened (a Date): its victim update is counted from then. */
    static final String CASE_EVENT_AT = "caseEventAt";
    /** The start of the day the crime was recorded (a Date): the officer-named standard counts from then. */
    static final String CRIME_RECORDED_AT = "crimeRecordedAt";
    /** The kind of decision the recorded outcome is: CHARGE, OUT_OF_COURT_DISPOSAL or NO_FURTHER_ACTION. */
    static final String DECISION = "outcomeDecision";
    /** The start of the day of that decision (a Date): the decision update and the VPS offer count from then. */
    static final String DECISION_AT = "decisionAt";
    static final String DISSEMINATION_AMENDED_MESSAGE = "DisseminationAmended";
    /** The {@code crime_amendment} a review task is about, local to the task's scope. */
    static final String AMENDMENT_ID = "amendmentId";

    private FraudProcessVariables() {
    }
}
