package uk.police.ecu.casework.victimcare;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.ecu.casework.fraud.CaseDiagrams;
import uk.police.ecu.casework.shared.CommunicationNeeds;

/** Victims' details are for victim care officers only: everyone else is refused, and the refusal recorded. */
@RestController
@RequestMapping("/api/victim-care")
@PreAuthorize(VictimCareService.VICTIM_CARE_OFFICERS)
class VictimCareController {

    private final VictimCareService victimCare;
    private final VictimCommunicationNeeds communicationNeeds;

    VictimCareController(VictimCareService victimCare, VictimCommunicationNeeds communicationNeeds) {
        this.victimCare = victimCare;
        this.communicationNeeds = communicationNeeds;
    }

    @GetMapping("/victims")
    VictimDetail.Page victims(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page) {
        return victimCare.victims(q, page);
    }

    /** {@code purpose}: why the user is looking, kept with the consultation on the audit trail. */
    @GetMapping("/victims/{victimId}")
    VictimDetail victim(@PathVariable String victimId, @RequestParam(required = false) String purpose) {
        return victimCare.victim(victimId, purpose);
    }

    /** Recorded once for the person, shown on every task that contacts them; a new recording replaces the old. */
    @PutMapping("/victims/{victimId}/communication-needs")
    CommunicationNeeds communicationNeeds(@PathVariable String victimId,
                                          @RequestBody CommunicationNeeds.Entry needs) {
        return communicationNeeds.record(victimId, needs);
    }

    @GetMapping("/victims/{victimId}/possible-matches")
    List<VictimDetail.PossibleMatch> possibleMatches(@PathVariable String victimId) {
        return victimCare.possibleMatches(victimId);
    }

    /** The two records are one person: the new record's listings move to the person already known. */
    @PostMapping("/possible-matches/{matchId}/confirm")
    VictimDetail.PossibleMatch confirmMatch(@PathVariable String matchId) {
        return victimCare.confirmMatch(matchId);
    }

    @PostMapping("/possible-matches/{matchId}/reject")
    VictimDetail.PossibleMatch rejectMatch(@PathVariable String matchId) {
        return victimCare.rejectMatch(matchId);
    }

    /** Undoes a confirmed link: the listings move back, and the possible match waits for a decision again. */
    @PostMapping("/possible-matches/{matchId}/unlink")
    VictimDetail.PossibleMatch unlinkMatch(@PathVariable String matchId) {
        return victimCare.unlinkMatch(matchId);
    }

    @GetMapping("/referrals/{reference}")
    ReferralDetail referral(@PathVariable String reference, @RequestParam(required = false) String purpose) {
        return victimCare.referral(reference, purpose);
    }

    @GetMapping("/referrals/{reference}/diagram")
    CaseDiagrams.CaseDiagram diagram(@PathVariable String reference) {
        return victimCare.diagram(reference);
    }

    @PostMapping("/referrals/{reference}/contact-attempts")
    ResponseEntity<ReferralDetail> logAttempt(@PathVariable String reference,
                                              @RequestBody VictimCareService.NewAttempt attempt) {
        return ResponseEntity.status(HttpStatus.CREATED).body(victimCare.logAttempt(reference, attempt));
    }

    /** The victim withdrew from support or opted out of contact, with the reason and the day they said so. */
    @PostMapping("/referrals/{reference}/end-support")
    ReferralDetail endSupport(@PathVariable String reference, @RequestBody VictimCareService.SupportEnded ended) {
        return victimCare.endSupport(reference, ended);
    }

    @PostMapping("/referrals/{reference}/reopen")
    ReferralDetail reopen(@PathVariable String reference, @RequestBody VictimCareService.Reopening reopening) {
        return victimCare.reopen(reference, reopening);
    }

    @PutMapping("/referrals/{reference}/contact-plan")
    ReferralDetail changePlan(@PathVariable String reference, @RequestBody VictimCareService.PlanChange change) {
        return victimCare.changePlan(reference, change);
    }

    @GetMapping("/resources")
    List<ProtectResourceRepository.Stock> resources() {
        return victimCare.resources();
    }

    @GetMapping("/statistics")
    VictimCareStatistics.Weeks statistics(@RequestParam(defaultValue = "12") int weeks) {
        return victimCare.statistics(weeks);
    }
}
