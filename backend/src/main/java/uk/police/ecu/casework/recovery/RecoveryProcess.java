package uk.police.ecu.casework.recovery;

/** Names shared by {@code processes/o2r-programme.bpmn} and the code that drives it. */
final class RecoveryProcess {

    static final String PROCESS_KEY = "o2r-programme";
    static final String EXIT_MESSAGE = "O2rParticipantExited";
    static final String LEFT_BEFORE_ENROLMENT_MESSAGE = "O2rLeftBeforeEnrolment";
    static final String DIED_AFTER_EXIT_MESSAGE = "O2rDiedAfterExit";
    static final String PAUSED_MESSAGE = "O2rParticipantPaused";
    static final String RESUMED_MESSAGE = "O2rParticipantResumed";
    static final String PROGRAMME_ENDED_TIMER = "BoundaryEvent_ProgrammeEnded";
    static final String RECORD_TYPE = "o2r-participant";

    static final String O2R_TEAM = "o2rTeam";
    static final String DRUG_TEAM = "drugTeam";
    static final String ELIGIBLE = "eligible";
    static final String CONSENTED = "consented";
    static final String ENROLMENT_DATE = "enrolmentDate";
    static final String PROGRAMME_ENDS_AT = "programmeEndsAt";
    static final String PAUSED = "paused";
    static final String REVIEW_NUMBER = "reviewNumber";
    static final String REVIEW_DUE = "reviewDue";
    static final String MISSED_IN_A_ROW = "missedInARow";
    static final String NEW_OFFENCE = "newOffence";
    static final String REOFFENDING_DECISION = "reoffendingDecision";
    static final String RE_ENGAGED = "reEngaged";
    static final String EXIT_REASON = "exitReason";
    static final String EXIT_DATE = "exitDate";
    static final String EXIT_NOTES = "exitNotes";
    static final String HAS_NEXT_FOLLOW_UP = "hasNextFollowUp";
    static final String FOLLOW_UP_DUE_AT = "followUpDueAt";

    private RecoveryProcess() {
    }
}
