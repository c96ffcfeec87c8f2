package uk.police.ecu.casework.recovery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the participant API answers with. Treatment notes are left out (absent) for everyone but drug workers. */
public final class ParticipantViews {

    private ParticipantViews() {
    }

    public record ReferralOutcome(String reference, String status, List<String> ineligibilityReasons) {
    }

    record Summary(String reference, String name, LocalDate dateOfBirth, String localAuthority, String status,
                   LocalDate referralDate, LocalDate enrolmentDate, String exitReason) {
    }

    record Page(List<Summary> participants, int page, int size) {
    }

    record Referral(LocalDate referralDate, String source, String substanceMisuse, BigDecimal weeklyDrugSpendGbp,
                    String notes, String referredBy) {
    }

    record Assessment(Boolean willingToEngage, Boolean consentToTreatment, Boolean consentToInformationSharing,
                      String notes, String assessedBy, LocalDate assessedOn) {
    }

    record Enrolment(LocalDate enrolmentDate, String keyWorker, LocalDate programmeEndsOn) {
    }

    record ReviewView(int reviewNumber, LocalDate reviewDate, String engagement, String treatmentNotes,
                      Integer newOffences, String reoffendingDecision, String reoffendingRationale, Boolean reEngaged,
                      String reEngagementNotes) {
    }

    record StageView(long id, String stage, LocalDate stageDate, String medication, String dischargeReason,
                     String notes, String recordedBy) {
    }

    record Exit(String reason, LocalDate exitDate, String notes) {
    }

    record Detail(String reference, String name, LocalDate dateOfBirth, String pncId, String localAuthority,
                  String status, Referral referral, List<String> ineligibilityReasons, Assessment assessment,
                  Enrolment enrolment, List<Offence> offences, List<ReviewView> reviews, List<StageView> pathway,
                  Exit exit, List<FollowUpRepository.FollowUp> followUps, LeftBeforeEnrolment leftBeforeEnrolment,
                  LocalDate diedOn, List<PauseView> pauses, long daysPaused,
                  List<AreaHistoryRepository.AreaSpell> areaHistory) {
    }

    /** A pause of the programme; {@code endedOn} is empty while it is paused. */
    record PauseView(String reason, String notes, LocalDate startedOn, LocalDate endedOn, long daysPaused,
                     String recordedBy, String resumedBy) {
    }

    /** Why and when a person left before enrolment: declined, not eligible after assessment, moved away. */
    record LeftBeforeEnrolment(String reason, LocalDate date, String notes) {
    }
}
