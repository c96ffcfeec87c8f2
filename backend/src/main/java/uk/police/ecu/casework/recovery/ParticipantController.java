package uk.police.ecu.casework.recovery;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/recovery/participants")
@PreAuthorize("hasAnyRole('O2R_OFFICER', 'DRUG_REFERRAL_WORKER')")
class ParticipantController {

    private final ParticipantService participants;

    ParticipantController(ParticipantService participants) {
        this.participants = participants;
    }

    @PostMapping
    @PreAuthorize("hasRole('O2R_OFFICER')")
    ResponseEntity<ParticipantViews.ReferralOutcome> refer(@Valid @RequestBody ParticipantService.Referral referral) {
        return ResponseEntity.status(HttpStatus.CREATED).body(participants.refer(referral));
    }

    @GetMapping
    ParticipantViews.Page search(@RequestParam(required = false) String status,
                                 @RequestParam(required = false) String q,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "50") int size) {
        return participants.search(status, q, Math.max(page, 0), Math.min(Math.max(size, 1), 200));
    }

    /** {@code purpose}: why the user is looking, kept with the consultation on the audit trail. */
    @GetMapping("/{reference}")
    ParticipantViews.Detail view(@PathVariable String reference, @RequestParam(required = false) String purpose) {
        return participants.view(reference, purpose);
    }

    @PostMapping("/{reference}/pathway-stages")
    ResponseEntity<ParticipantViews.StageView> addStage(@PathVariable String reference,
                                                        @Valid @RequestBody NewStage stage) {
        return ResponseEntity.status(HttpStatus.CREATED).body(participants.addStage(reference, stage));
    }

    @PostMapping("/{reference}/leave-before-enrolment")
    ResponseEntity<Void> leaveBeforeEnrolment(@PathVariable String reference,
                                              @Valid @RequestBody ParticipantService.LeftBeforeEnrolment left) {
        participants.leaveBeforeEnrolment(reference, left);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{reference}/death")
    ResponseEntity<Void> recordDeath(@PathVariable String reference, @Valid @RequestBody ParticipantService.Death death) {
        participants.recordDeath(reference, death);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{reference}/exit")
    ResponseEntity<Void> exit(@PathVariable String reference, @Valid @RequestBody ParticipantService.ExitRequest exit) {
        participants.recordExit(reference, exit);
        return ResponseEntity.noContent().build();
    }
}
