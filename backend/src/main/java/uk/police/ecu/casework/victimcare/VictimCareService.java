package uk.police.ecu.casework.victimcare;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.fraud.CaseDiagrams;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.shared.NotFoundException;

/**
 * Victims and their referrals as the ECVCU works them. Victims' details are for victim care officers
 * only; every read of them is a consultation on the audit trail, every change an alteration.
 */
@Service
@PreAuthorize(VictimCareService.VICTIM_CARE_OFFICERS)
public class VictimCareService {

    static final String VICTIM_CARE_OFFICERS = "hasRole('VICTIM_CARE_OFFICER')";
    static final String REFERRAL = "victim-referral";
    static final String VICTIM = "victim";

    /** {@code plannedContactId}: the planned contact attempted; absent for an attempt at first contact. */
    record NewAttempt(Instant attemptedAt, ContactAttempts.Outcome outcome, String notes, UUID plannedContactId) {
    }

    /** {@code outcome}: WITHDRAWN or OPTED_OUT; {@code on}: the day the victim told the unit. */
    record SupportEnded(ClosureOutcome outcome, LocalDate on, String reason) {
    }

    record Reopening(String reason) {
    }

    record PlanChange(List<ContactPlanRepository.NewContact> contacts, String reason) {
    }

    private final VictimRepository victims;
    private final PossibleMatchRepository possibleMatches;
    private final PossibleMatches decisions;
    private final ReferralDetails details;
    private final ContactAttempts attempts;
    private final ContactPlanChanges planChanges;
    private final ReferralLifecycle lifecycle;
    private final ProtectResourceRepository resources;
    private final VictimCareStatistics statistics;
    private final CaseDiagrams diagrams;
    private final ReferralRepository referrals;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final VictimCommunicationNeedsRepository communicationNeeds;

    VictimCareService(VictimRepository victims, PossibleMatchRepository possibleMatches, PossibleMatches decisions,
                      ReferralDetails details, ContactAttempts attempts,
                      ContactPlanChanges planChanges, ReferralLifecycle lifecycle, ProtectResourceRepository resources, VictimCareStatistics statistics,
                      CaseDiagrams diagrams, ReferralRepository referrals, CurrentUser currentUser, AuditLog audit,
                      Clock clock, VictimCommunicationNeedsRepository communicationNeeds) {
        this.communicationNeeds = communicationNeeds;
        this.victims = victims;
        this.possibleMatches = possibleMatches;
        this.decisions = decisions;
        this.details = details;
        this.attempts = attempts;
        this.planChanges = planChanges;
        this.lifecycle = lifecycle;
        this.resources = resources;
        this.statistics = statistics;
        this.diagrams = diagrams;
        this.referrals = referrals;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public VictimDetail.Page victims(String q, int page) {
        VictimDetail.Page found = victims.search(q, page);
        if (!found.victims().isEmpty()) {
            audit.record(AuditEntry.consultation(VICTIM,
                    found.victims().stream().map(v -> v.id().toString()).toList(), null,
                    q == null || q.isBlank() ? Map.of("list", "victims") : Map.of("list", "victims", "search", q.strip())));
        }
        return found;
    }

    @Transactional
    public VictimDetail victim(String id, String purpose) {
        UUID victimId = victimId(id);
        CaseworkUser user = currentUser.get();
        List<ReferralDetail> referralsOfVictim = details.referencesOfVictim(victimId).stream()
                .map(reference -> details.of(reference, user).orElseThrow()).toList();
        VictimDetail victim = victims.find(victimId, LocalDate.now(clock), referralsOfVictim,
                possibleMatches.ofVictim(victimId, PossibleMatches.OPEN),
                possibleMatches.ofVictim(victimId, PossibleMatches.CONFIRMED), communicationNeeds.find(victimId).orElse(null))
                .orElseThrow(this::noSuchVictim);
        audit.record(AuditEntry.consultation(VICTIM, List.of(victimId.toString()), purpose, Map.of()));
        return victim;
    }

    /** The victim's possible matches waiting for a decision, each with the evidence side by side. */
    @Transactional
    public List<VictimDetail.PossibleMatch> possibleMatches(String id) {
        UUID victimId = victimId(id);
        if (!victims.exists(victimId)) {
            throw noSuchVictim();
        }
        List<VictimDetail.PossibleMatch> open = possibleMatches.ofVictim(victimId, PossibleMatches.OPEN);
        audit.record(AuditEntry.consultation(VICTIM, List.of(victimId.toString()), null,
                Map.of("list", "possible matches")));
        return open;
    }

    @Transactional
    public VictimDetail.PossibleMatch confirmMatch(String id) {
        return decisions.confirm(matchId(id), currentUser.get().username());
    }

    @Transactional
    public VictimDetail.PossibleMatch rejectMatch(String id) {
        return decisions.reject(matchId(id), currentUser.get().username());
    }

    @Transactional
    public VictimDetail.PossibleMatch unlinkMatch(String id) {
        return decisions.unlink(matchId(id));
    }

    @Transactional
    public ReferralDetail referral(String reference, String purpose) {
        ReferralDetail referral = detail(reference);
        audit.record(AuditEntry.consultation(REFERRAL, List.of(referral.reference()), purpose, Map.of()));
        return referral;
    }

    /** The referral's process diagram and where it stands: no personal data, so not a consultation. */
    public CaseDiagrams.CaseDiagram diagram(String reference) {
        String key = known(reference);
        return diagrams.of(VictimCareReferrals.PROCESS_KEY, key).orElseThrow(
                () -> new NotFoundException("This referral has no process diagram"));
    }

    @Transactional
    public ReferralDetail logAttempt(String reference, NewAttempt attempt) {
        String key = known(reference);
        attempts.log(key, attempt.plannedContactId(), attempt.attemptedAt(), attempt.outcome(), attempt.notes(),
                currentUser.get().username());
        audit.record(AuditEntry.alteration(REFERRAL, List.of(key),
                Map.of("change", "failed contact attempt", "outcome", attempt.outcome().name())));
        return detail(key);
    }

    /** The victim withdrew from support or opted out of contact: the referral closes and its tasks are cancelled. */
    @Transactional
    public ReferralDetail endSupport(String reference, SupportEnded ended) {
        String key = known(reference);
        lifecycle.endSupport(key, ended.outcome(), ended.on(), ended.reason(), currentUser.get().username());
        audit.record(AuditEntry.alteration(REFERRAL, List.of(key),
                Map.of("change", "referral closed by the victim's choice", "outcome", ended.outcome().name())));
        return detail(key);
    }

    @Transactional
    public ReferralDetail reopen(String reference, Reopening reopening) {
        String key = known(reference);
        lifecycle.reopen(key, reopening.reason(), currentUser.get().username());
        audit.record(AuditEntry.alteration(REFERRAL, List.of(key), Map.of("change", "referral reopened")));
        return detail(key);
    }

    @Transactional
    public ReferralDetail changePlan(String reference, PlanChange change) {
        String key = known(reference);
        planChanges.change(key, change.contacts(), change.reason(), currentUser.get().username());
        audit.record(AuditEntry.alteration(REFERRAL, List.of(key), Map.of("change", "contact plan changed")));
        return detail(key);
    }

    public List<ProtectResourceRepository.Stock> resources() {
        return resources.stock();
    }

    public VictimCareStatistics.Weeks statistics(int weeks) {
        if (weeks < 1 || weeks > 104) {
            throw InvalidInputException.field("weeks", "Choose between 1 and 104 weeks");
        }
        return statistics.lastWeeks(weeks, LocalDate.now(clock));
    }

    private ReferralDetail detail(String reference) {
        return details.of(normalised(reference), currentUser.get()).orElseThrow(this::noSuchReferral);
    }

    private String known(String reference) {
        return referrals.find(normalised(reference)).map(Referral::reference).orElseThrow(this::noSuchReferral);
    }

    private static String normalised(String reference) {
        return reference.strip().toUpperCase();
    }

    private static UUID victimId(String id) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("There is no such victim");
        }
    }

    private static UUID matchId(String id) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("There is no such possible match");
        }
    }

    private NotFoundException noSuchVictim() {
        return new NotFoundException("There is no such victim");
    }

    private NotFoundException noSuchReferral() {
        return new NotFoundException("There is no such referral");
    }
}
