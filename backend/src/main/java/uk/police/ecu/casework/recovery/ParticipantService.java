package uk.police.ecu.casework.recovery;

import static uk.police.ecu.casework.recovery.RecoveryProcess.*;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.shared.ConflictException;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.shared.NotFoundException;

/** Referrals, the participant list and record, pathway stages and exits recorded outside the task forms. */
@Service
@PreAuthorize("hasAnyRole('O2R_OFFICER', 'DRUG_REFERRAL_WORKER')")
public class ParticipantService {

    public enum ReferralSource { OFFICER, CUSTODY_ARREST_REFERRAL, RETAILER_INTELLIGENCE, PROBATION }

    public enum SubstanceMisuse { NONE, DRUGS, ALCOHOL, BOTH }

    /** Exits recorded through the API; completion, disengagement and reoffending exits come from the process. */
    public enum ExitReason { EARLY_DISCHARGE_FROM_REHAB, CUSTODY, MOVED_OUT_OF_AREA, WITHDREW_CONSENT, DIED }

    public record Referral(@NotBlank(message = "Enter the person's name") String name,
                    @NotNull(message = "Enter the person's date of birth")
                    @Past(message = "The date of birth must be in the past") LocalDate dateOfBirth,
                    String pncId,
                    @NotBlank(message = "Choose the local authority area the person lives in") String localAuthority,
                    @PastOrPresent(message = "The referral date cannot be in the future") LocalDate referralDate,
                    @NotNull(message = "Choose the referral source") ReferralSource referralSource,
                    @NotNull(message = "Choose the substance misuse indicated (NONE if none)") SubstanceMisuse substanceMisuse,
                    @DecimalMin(value = "0", message = "The weekly drug spend cannot be negative") BigDecimal weeklyDrugSpendGbp,
                    @NotNull(message = "List the recent shop theft offences (an empty list if none)")
                    List<@Valid Offence> offences,
                    String notes) {
    }

    public record ExitRequest(@NotNull(message = "Choose why the participant is leaving") ExitReason reason,
                       @NotNull(message = "Enter the exit date")
                       @PastOrPresent(message = "The exit date cannot be in the future") LocalDate exitDate,
                       String notes) {
    }

    /** Ways out before enrolment; the person was never enrolled and is never counted as enrolled. */
    public enum LeftBeforeEnrolmentReason { DECLINED, NOT_ELIGIBLE_AFTER_ASSESSMENT, MOVED_AWAY }

    public record LeftBeforeEnrolment(@NotNull(message = "Choose why the person is leaving before enrolment")
                                      LeftBeforeEnrolmentReason reason,
                                      @NotNull(message = "Enter the date")
                                      @PastOrPresent(message = "The date cannot be in the future") LocalDate date,
                                      String notes) {
    }

    public record Death(@NotNull(message = "Enter the date of death")
                        @PastOrPresent(message = "The date of death cannot be in the future") LocalDate diedOn,
                        String notes) {
    }

    private final ParticipantRepository participants;
    private final ReviewRepository reviews;
    private final PathwayStageRepository stages;
    private final FollowUpRepository followUps;
    private final LocalAuthorityRepository areas;
    private final ParticipantAccess access;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ProgrammeCalendar calendar;
    private final PauseRepository pauses;
    private final AreaHistoryRepository areaHistory;

    ParticipantService(ParticipantRepository participants, ReviewRepository reviews, PathwayStageRepository stages,
                       FollowUpRepository followUps, LocalAuthorityRepository areas, ParticipantAccess access,
                       RuntimeService runtime, AuditLog audit, CurrentUser currentUser, ProgrammeCalendar calendar,
                       PauseRepository pauses, AreaHistoryRepository areaHistory) {
        this.pauses = pauses;
        this.areaHistory = areaHistory;
        this.calendar = calendar;
        this.participants = participants;
        this.reviews = reviews;
        this.stages = stages;
        this.followUps = followUps;
        this.areas = areas;
        this.access = access;
        this.runtime = runtime;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** Records the referral and starts its process, which decides eligibility at once. */
    @Transactional
    @PreAuthorize("hasRole('O2R_OFFICER')")
    public ParticipantViews.ReferralOutcome refer(Referral referral) {
        CaseworkUser user = currentUser.get();
        LocalAuthority area = areas.find(referral.localAuthority())
                .orElseThrow(() -> InvalidInputException.field("localAuthority", "Choose a West Midlands local authority area"));
        String reference = participants.nextReference();
        LocalDate referralDate = referral.referralDate() == null ? calendar.today() : referral.referralDate();
        participants.insert(reference, referral, referralDate, user.username());
        participants.addOffences(reference, referral.offences(), "REFERRAL", user.username());
        audit.record(AuditEntry.collection(RECORD_TYPE, List.of(reference), Map.of("area", area.id())));
        runtime.startProcessInstanceByKey(PROCESS_KEY, reference,
                Map.of(O2R_TEAM, area.o2rTeam(), DRUG_TEAM, area.drugServiceTeam()));
        Participant decided = participants.find(reference).orElseThrow();
        return new ParticipantViews.ReferralOutcome(decided.reference(), decided.status(), decided.ineligibilityReasons());
    }

    @Transactional
    public ParticipantViews.Page search(String status, String q, int page, int size) {
        CaseworkUser user = currentUser.get();
        List<ParticipantViews.Summary> shown = participants.search(access.areasOf(user), blankToNull(status),
                        blankToNull(q), page, size).stream()
                .map(p -> new ParticipantViews.Summary(p.reference(), p.name(), p.dateOfBirth(), p.localAuthority(),
                        p.status(), p.referralDate(), p.enrolmentDate(), p.exitReason()))
                .toList();
        if (!shown.isEmpty()) {
            audit.record(AuditEntry.consultation(RECORD_TYPE, shown.stream().map(ParticipantViews.Summary::reference).toList(),
                    null, Map.of("list", "participants")));
        }
        return new ParticipantViews.Page(shown, page, size);
    }

    @Transactional
    public ParticipantViews.Detail view(String reference, String purpose) {
        CaseworkUser user = currentUser.get();
        Participant p = visible(user, reference);
        audit.record(AuditEntry.consultation(RECORD_TYPE, List.of(reference), purpose, Map.of()));
        boolean notes = ParticipantAccess.seesTreatmentNotes(user);
        return new ParticipantViews.Detail(p.reference(), p.name(), p.dateOfBirth(), p.pncId(), p.localAuthority(),
                p.status(),
                new ParticipantViews.Referral(p.referralDate(), p.referralSource(), p.substanceMisuse(),
                        p.weeklyDrugSpendGbp(), p.referralNotes(), p.referredBy()),
                p.ineligibilityReasons(),
                p.willingToEngage() == null ? null : new ParticipantViews.Assessment(p.willingToEngage(),
                        p.consentToTreatment(), p.consentToInfoSharing(), p.assessmentNotes(), p.assessedBy(), p.assessedOn()),
                p.enrolmentDate() == null ? null
                        : new ParticipantViews.Enrolment(p.enrolmentDate(), p.keyWorker(), p.programmeEndsOn()),
                participants.offences(reference),
                reviews.of(reference).stream().map(r -> new ParticipantViews.ReviewView(r.reviewNumber(), r.reviewDate(),
                        r.engagement(), notes ? r.treatmentNotes() : null, r.newOffences(), r.reoffendingDecision(),
                        r.reoffendingRationale(), r.reEngaged(), r.reEngagementNotes())).toList(),
                stages.of(reference).stream().map(s -> new ParticipantViews.StageView(s.id(), s.stage(), s.stageDate(),
                        s.medication(), s.dischargeReason(), notes ? s.notes() : null, s.recordedBy())).toList(),
                p.exitReason() == null ? null : new ParticipantViews.Exit(p.exitReason(), p.exitDate(), p.exitNotes()),
                followUps.of(reference),
                p.leftBeforeEnrolmentReason() == null ? null : new ParticipantViews.LeftBeforeEnrolment(
                        p.leftBeforeEnrolmentReason(), p.leftBeforeEnrolmentOn(), p.leftBeforeEnrolmentNotes()),
                p.diedOn(), pauseViews(reference), pauses.daysPaused(reference), areaHistory.of(reference));
    }

    private List<ParticipantViews.PauseView> pauseViews(String reference) {
        return pauses.of(reference).stream().map(pause -> new ParticipantViews.PauseView(pause.reason(), pause.notes(),
                pause.startedOn(), pause.endedOn(), pause.daysPaused(), pause.recordedBy(), pause.resumedBy())).toList();
    }

    @Transactional
    public ParticipantViews.StageView addStage(String reference, NewStage stage) {
        CaseworkUser user = currentUser.get();
        Participant p = visible(user, reference);
        requireEnrolled(p);
        stage.check("");
        PathwayStage added = stages.add(reference, stage, user.username());
        audit.record(AuditEntry.alteration(RECORD_TYPE, List.of(reference), Map.of("pathwayStage", added.stage())));
        return new ParticipantViews.StageView(added.id(), added.stage(), added.stageDate(), added.medication(),
                added.dischargeReason(), ParticipantAccess.seesTreatmentNotes(user) ? added.notes() : null,
                added.recordedBy());
    }

    /** Ends participation for a reason the process cannot see for itself; follow-ups are then planned. */
    @Transactional
    public void recordExit(String reference, ExitRequest exit) {
        Participant p = visible(currentUser.get(), reference);
        requireEnrolled(p);
        if (exit.exitDate().isBefore(p.enrolmentDate())) {
            throw InvalidInputException.field("exitDate", "The exit date cannot be before the enrolment date");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(EXIT_REASON, exit.reason().name());
        variables.put(EXIT_DATE, exit.exitDate().toString());
        variables.put(EXIT_NOTES, exit.notes());
        runtime.createMessageCorrelation(EXIT_MESSAGE).processInstanceBusinessKey(reference)
                .setVariables(variables).correlate();
        audit.record(AuditEntry.alteration(RECORD_TYPE, List.of(reference), Map.of("exit", exit.reason().name())));
    }

    /** Ends a referral still waiting for its joint assessment or enrolment, with the reason recorded. */
    @Transactional
    public void leaveBeforeEnrolment(String reference, LeftBeforeEnrolment left) {
        Participant p = visible(currentUser.get(), reference);
        if (left.date().isBefore(p.referralDate())) {
            throw InvalidInputException.field("date", "The date cannot be before the referral date");
        }
        if (!participants.recordLeftBeforeEnrolment(reference, left.reason().name(), left.date(), left.notes())) {
            throw new ConflictException("Only a person waiting for assessment or enrolment can leave before enrolment");
        }
        runtime.createMessageCorrelation(LEFT_BEFORE_ENROLMENT_MESSAGE).processInstanceBusinessKey(reference)
                .correlate();
        audit.record(AuditEntry.alteration(RECORD_TYPE, List.of(reference),
                Map.of("leftBeforeEnrolment", left.reason().name())));
    }

    /**
     * A death: during participation it is the participant's exit; after exit every follow-up still planned is
     * cancelled. Either way nothing is followed up after it.
     */
    @Transactional
    public void recordDeath(String reference, Death death) {
        Participant p = visible(currentUser.get(), reference);
        if ("ENROLLED".equals(p.status())) {
            recordExit(reference, new ExitRequest(ExitReason.DIED, death.diedOn(), death.notes()));
        } else if (!"EXITED".equals(p.status())) {
            throw new ConflictException("A death is recorded here only for a participant enrolled or followed up");
        } else if (death.diedOn().isBefore(p.exitDate())) {
            throw InvalidInputException.field("diedOn", "The date of death cannot be before the exit date");
        }
        participants.recordDeath(reference, death.diedOn());
        if ("EXITED".equals(p.status())) {
            runtime.createMessageCorrelation(DIED_AFTER_EXIT_MESSAGE).processInstanceBusinessKey(reference)
                    .correlateAll();
        }
        audit.record(AuditEntry.alteration(RECORD_TYPE, List.of(reference), Map.of("died", death.diedOn().toString())));
    }

    private Participant visible(CaseworkUser user, String reference) {
        Participant p = participants.find(reference)
                .orElseThrow(() -> new NotFoundException("There is no participant " + reference));
        access.require(user, p);
        return p;
    }

    private static void requireEnrolled(Participant p) {
        if (!"ENROLLED".equals(p.status())) {
            throw new ConflictException("Only an enrolled participant's programme can change");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
