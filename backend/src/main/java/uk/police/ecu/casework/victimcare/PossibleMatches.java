package uk.police.ecu.casework.victimcare;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.shared.ConflictException;
import uk.police.ecu.casework.shared.NotFoundException;

/**
 * A victim care officer's decisions on possible matches. Confirming links the two records (the new record's
 * listings, with their referrals, move to the person already known, who is then a repeat victim if listed on
 * more than one crime); rejecting keeps them two people; un-linking a confirmed link moves the listings back
 * and the match waits for a decision again. Two records that each have an open referral cannot be confirmed until
 * one is closed, so a person never has two. Each decision is an alteration of both victims on the audit trail.
 */
@Component
class PossibleMatches {

    static final String OPEN = "OPEN";
    static final String CONFIRMED = "CONFIRMED";
    static final String REJECTED = "REJECTED";

    private final PossibleMatchRepository matches;
    private final ReferralRepository referrals;
    private final AuditLog audit;
    private final Clock clock;

    PossibleMatches(PossibleMatchRepository matches, ReferralRepository referrals, AuditLog audit, Clock clock) {
        this.matches = matches;
        this.referrals = referrals;
        this.audit = audit;
        this.clock = clock;
    }

    VictimDetail.PossibleMatch confirm(UUID id, String officer) {
        VictimDetail.PossibleMatch match = waiting(id, OPEN, "This possible match has already been decided");
        if (!matches.linkable(match.victimId()) || !matches.linkable(match.candidateVictimId())) {
            throw new ConflictException("One of these victim records is already linked to another person or erased");
        }
        List<String> both = matches.crimesOfBoth(match.victimId(), match.candidateVictimId());
        if (!both.isEmpty()) {
            throw new ConflictException("Both records are listed on crime %s: one person is listed once per crime"
                    .formatted(String.join(", ", both)));
        }
        oneOpenReferralAtMost(match);
        matches.link(match.victimId(), match.candidateVictimId(), clock.instant());
        matches.decide(id, CONFIRMED, officer, clock.instant());
        audited(match, "confirmed as the same person: listings linked");
        return matches.lock(id).orElseThrow();
    }

    VictimDetail.PossibleMatch reject(UUID id, String officer) {
        VictimDetail.PossibleMatch match = waiting(id, OPEN, "This possible match has already been decided");
        matches.decide(id, REJECTED, officer, clock.instant());
        audited(match, "rejected: different people");
        return matches.lock(id).orElseThrow();
    }

    VictimDetail.PossibleMatch unlink(UUID id) {
        VictimDetail.PossibleMatch match = waiting(id, CONFIRMED, "Only a confirmed link can be undone");
        matches.unlink(match.victimId(), match.candidateVictimId());
        matches.reopen(id);
        audited(match, "link undone: listings moved back; possible match open again");
        return matches.lock(id).orElseThrow();
    }

    /** One person has one referral at a time, so two records each being supported cannot become one person yet. */
    private void oneOpenReferralAtMost(VictimDetail.PossibleMatch match) {
        Optional<String> listed = referrals.openReferralOf(match.victimId());
        Optional<String> known = referrals.openReferralOf(match.candidateVictimId());
        if (listed.isPresent() && known.isPresent() && !listed.equals(known)) {
            throw new ConflictException(("Both records have an open referral (%s and %s): one person has one referral"
                    + " at a time, so close one of them before confirming they are the same person")
                    .formatted(known.get(), listed.get()));
        }
    }

    private VictimDetail.PossibleMatch waiting(UUID id, String status, String otherwise) {
        VictimDetail.PossibleMatch match = matches.lock(id)
                .orElseThrow(() -> new NotFoundException("There is no such possible match"));
        if (!status.equals(match.status())) {
            throw new ConflictException(otherwise);
        }
        return match;
    }

    private void audited(VictimDetail.PossibleMatch match, String change) {
        audit.record(AuditEntry.alteration(VictimCareService.VICTIM,
                List.of(match.victimId().toString(), match.candidateVictimId().toString()),
                Map.of("change", "possible match " + change, "possibleMatch", match.id().toString(),
                        "crimeReference", match.crimeReference())));
    }
}
