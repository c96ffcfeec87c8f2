package uk.police.ecu.casework.sla;

import java.time.Instant;
import java.util.List;

/**
 * The Victims' Code compliance report: every case, per right, per month the right fell due (London). No
 * personal data: cases appear by crime reference and team only. A right the product records no evidence
 * for shows its cases as not recorded, never as met.
 */
public record VictimsCodeReport(String from, String to, List<String> months, List<Right> rights) {

    /**
     * Where a row comes from: a Victims' Code SLA definition, an area of the force's victim survey, or a needs
     * assessment line (Right 4, timed by the force's reading in {@code needs_assessment_rule}).
     */
    public enum Kind { SLA, SURVEY_AREA, NEEDS_ASSESSMENT }

    /**
     * One right. {@code id} names it in a drill-down; {@code victimsCodeVersion} is the Code version of an
     * SLA row (null for a survey area, which counts every version); {@code evidenceRecorded} is false when
     * the product does not record this right yet, so all its cases are not recorded.
     */
    public record Right(String id, Kind kind, String name, String codeRight, String victimsCodeVersion,
                        boolean localStandard, boolean evidenceRecorded, String description, List<Month> months) {
    }

    /**
     * One month of one right. {@code due} is every case whose clock fell due that month and equals the sum
     * of the other counts; {@code notYetDue} are clocks of the month still running before their due time.
     */
    public record Month(String month, int due, int metOnTime, int metLate, int notMet, int optedOutOrUnreachable,
                        int notApplicable, List<Reason> notApplicableReasons, int notRecorded, int notYetDue) {
    }

    public record Reason(String reason, int cases) {
    }

    /** One case behind a number: no victim's name, only the crime reference and team. */
    public record CaseLine(String caseReference, String team, String teamName, String right, String taskId,
                           Instant dueAt, Instant stoppedAt, Status status, String reason) {
    }

    /** A case's status for one right. */
    public enum Status { MET, MET_LATE, NOT_MET, OPTED_OUT_OR_UNREACHABLE, NOT_APPLICABLE, NOT_RECORDED, NOT_YET_DUE }
}
