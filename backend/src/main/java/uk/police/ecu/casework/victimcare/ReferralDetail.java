package uk.police.ecu.casework.victimcare;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Everything about one referral that its page shows. Absent parts are {@code null}, not left out. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReferralDetail(String reference, UUID victimId, String victimName, boolean repeatVictim,
                             String crimeReference, String nfibCode, boolean romanceFraud, Instant referredAt,
                             List<String> screeningReasons, ReferralStage stage, List<ContactAttempt> contactAttempts,
                             int maxFailedAttempts, Assessment assessment, ContactPlan contactPlan,
                             List<ResourceIssued> resourcesIssued, VictimSupport victimSupport,
                             Questionnaire questionnaire, Closure closure, List<CurrentTask> currentTasks,
                             List<JoinedCrime> joinedCrimes, Instant contactPlanReviewSince, String followsReference,
                             List<TimelineEvent> timeline, PlanDefaults planDefaults) {

    /**
     * What the assessment's support level offers by default, and why: the contact plan starts from these and the
     * officer may change any of them. Null until the victim has been assessed.
     * {@code suggestedContacts}: the contact dates the default frequency gives, counted from today.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PlanDefaults(String supportLevel, String supportName, int contactEveryDays,
                               List<LocalDate> suggestedContacts, List<String> advice, List<String> resources,
                               String why) {
    }

    /**
     * A closure or reopening, oldest first: {@code kind} CLOSED (with its outcome) or REOPENED; {@code reason}:
     * the closure's notes, the victim's reason for withdrawing or opting out, or why it was reopened;
     * {@code occurredOn}: the day it happened (a withdrawal's day as the victim said).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TimelineEvent(String kind, String closureOutcome, String reason, LocalDate occurredOn,
                                String recordedBy, Instant recordedAt) {
    }

    /**
     * A later crime of the same person that joined this referral while it was open (one referral per person
     * at a time): the officer is told, and the contact plan is to be reviewed ({@code contactPlanReviewSince},
     * cleared when the plan is next agreed or changed).
     */
    public record JoinedCrime(String crimeReference, String nfibCode, LocalDate reportedDate, Instant joinedAt) {
    }

    /** {@code plannedContactId}: the planned contact attempted, or null for an attempt at first contact. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ContactAttempt(Instant attemptedAt, String outcome, String notes, String recordedBy,
                                 UUID plannedContactId) {
    }

    public record Vulnerability(boolean livesAlone, boolean healthOrCognitiveCondition,
                                boolean stillInContactWithSuspect, boolean significantFinancialHardship,
                                boolean lowDigitalConfidence) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record EnhancedRights(boolean qualifies, List<String> reasons, String explanation) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Assessment(LocalDate contactedOn, String channel, boolean wantsSupport, Vulnerability vulnerability,
                             String supportLevel, EnhancedRights enhancedRights, String assessedBy) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LoggedContact(LocalDate contactedOn, String outcome, List<String> advice, List<String> resources,
                                String notes, String recordedBy) {
    }

    /** status: PLANNED, DUE_TODAY, OVERDUE (planned, not logged by its date), LOGGED or REPLACED (by a plan change). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PlannedContact(UUID id, LocalDate dueOn, String channel, String status, LoggedContact logged) {
    }

    public record PlanChange(int version, String reason, String changedBy, Instant changedAt) {
    }

    public record ContactPlan(int version, List<PlannedContact> contacts, List<PlanChange> changes) {
    }

    public record ResourceIssued(String resource, LocalDate issuedOn, String issuedBy) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record VictimSupport(Instant consentRecordedAt, LocalDate referredOn, String victimSupportReference) {
    }

    public record Questionnaire(String outcome, LocalDate completedOn) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Closure(String outcome, Instant closedAt, String closedBy, String notes) {
    }

    /** {@code plannedContactId}: for a contact task, the planned contact it logs (else null). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CurrentTask(String id, String taskKey, String name, String assignee, OffsetDateTime due,
                              String plannedContactId) {
    }
}
