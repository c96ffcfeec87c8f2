package uk.police.ecu.casework.sla;

import java.time.LocalDate;

/**
 * One version of a service level, as kept in {@code sla_definition}. {@code localStandard}: the force's own
 * standard, not Victims' Code law. {@code startVariable}: the task variable holding the moment the event the
 * limit names happened (the clock starts there, not when the task was created); null to start at creation.
 */
public record SlaDefinition(String id, int version, String name, String processKey, StartTrigger startTrigger,
                            String startElement, String stopElement, DueRule dueRule, Integer dueAmount,
                            int warningPercent, String accountableTeam, String victimsCodeVersion,
                            LocalDate effectiveFrom, String description, boolean localStandard,
                            String startVariable) {

    /** Accountable team value meaning "the first candidate team of the task that stops the clock". */
    public static final String TASK_CANDIDATE_TEAM = "TASK_CANDIDATE_TEAM";

    public enum StartTrigger { PROCESS_STARTED, TASK_CREATED }

    public enum DueRule { CALENDAR_DAYS, WORKING_DAYS, HOURS, TASK_DUE_DATE }

    /** The fixed accountable team, or null when it is the task's candidate team. */
    String fixedTeam() {
        return TASK_CANDIDATE_TEAM.equals(accountableTeam) ? null : accountableTeam;
    }
}
